# from module import * respects __all__
from starpkg.with_all import *
print(public_func())
print(_listed_private())
print(CONST)
for name in ["not_listed", "OTHER"]:
    try:
        eval(name)
    except NameError as e:
        print(type(e).__name__, e)
import starpkg.with_all as wa
print(wa.__all__, wa.not_listed(), wa.OTHER)
print(sorted(n for n in dir() if not n.startswith("__")))
