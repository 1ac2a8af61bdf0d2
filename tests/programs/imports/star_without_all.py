# from module import * without __all__ exports public names (including imported ones)
from starpkg.without_all import *
print(visible(), VALUE)
print(math.sqrt(9), imported_floor(2.5))
for name in ["_hidden", "_PRIVATE_VALUE", "__dunder_value__"]:
    try:
        eval(name)
    except NameError as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir() if not n.startswith("__")))
from starpkg.without_all import _hidden
print(_hidden())
