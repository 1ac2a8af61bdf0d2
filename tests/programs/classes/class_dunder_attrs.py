# __class__, __dict__, vars(), __name__, __module__, __doc__, __qualname__
class Shape:
    """A shape."""
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
sq = Square(3)
print(sq.__class__.__name__, sq.__class__ is Square, type(sq) is sq.__class__)
print(sq.__dict__, vars(sq) is sq.__dict__)
sq.__dict__["color"] = "red"
print(sq.color, sorted(vars(sq)))
vars(sq)["side"] = 10
print(sq.area())
print(sorted(k for k in Shape.__dict__ if not k.startswith("__")), "area" in Square.__dict__, "sides" in Square.__dict__)
print(Shape.__dict__["sides"])
print(Shape.__name__, Shape.__qualname__, Shape.__module__, Shape.__doc__, Square.__doc__)
class Outer:
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(sq.__module__, Square.area.__module__)
print(type(Square).__name__, type(type).__name__, type(object).__name__, Square.__class__.__name__)
print(isinstance(Square, type), isinstance(sq, type), isinstance(type, object))
print(sq.__class__.__bases__[0].__name__, sq.__class__.__mro__[-1].__name__)
class Swappable:
    def who(self):
        return "Swappable"
class Other:
    def who(self):
        return "Other"
obj = Swappable()
obj.__class__ = Other
print(obj.who(), type(obj).__name__, isinstance(obj, Other))
def func():
    pass
print(func.__module__, type(func).__name__, func.__class__.__name__)
print(int.__name__, int.__qualname__, int.__module__, len.__name__, len.__module__)
print(vars(Outer) is not None, sorted(k for k in vars(Outer) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
Square.__name__ = "RenamedSquare"
print(Square.__name__, Square.__qualname__, type(sq).__name__)
Square.__doc__ = "new doc"
print(Square.__doc__)
print(object.__name__, object.__doc__ is not None, NotImplemented.__class__.__name__, type(None).__name__)
print(type(...).__name__, type(print).__name__, type(sq.area).__name__, type(Square.area).__name__)
