# __name__ of the main script and of imported modules
print("main __name__:", __name__)
import names.leaf
print(names.leaf.whoami(), names.__name__)
print(names.leaf.__doc__)
from names import leaf
print(leaf.__name__, leaf is names.leaf)
def f():
    pass
class C:
    pass
print(f.__module__, C.__module__, C().__class__.__module__)
from shapes.circle import Circle
print(Circle.__module__, Circle.area.__module__, Circle(1).__module__)
import sys
print(sys.modules[__name__] is sys.modules["__main__"])
print(sys.modules["names.leaf"].__name__)
