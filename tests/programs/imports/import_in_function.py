# Imports inside functions bind local names
def use_local_import():
    import shapes.util as util
    from shapes.circle import Circle
    return util.PI, Circle(1).area()
print(use_local_import())
print("util" in globals(), "Circle" in globals(), "shapes" in globals())
def conditional_import(flag):
    if flag:
        from shapes import square
        return square.Square(4).area()
    return "not imported"
print(conditional_import(False), conditional_import(True))
import sys
print("shapes.square" in sys.modules)
class Holder:
    import shapes.util as util_in_class
    pi = util_in_class.PI
print(Holder.pi, Holder.util_in_class.__name__)
try:
    import shapes.util as util_alias
    print(util_alias.describe.__name__)
except ImportError:
    print("not reached")
