# type() with one and three arguments.
print(type(1), type("s"), type(1.5), type(None), type([]), type(type), type(print), type(len).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)) is type)
class Point:
    dims = 2
    def norm(self):
        return self.x * self.x + self.y * self.y
print(type(Point()), type(Point()).__name__, type(Point) is type, Point.__name__, Point.__qualname__, Point.__module__)
def init(self, x, y):
    self.x = x
    self.y = y
P2 = type("P2", (Point,), {"__init__": init, "kind": "dyn"})
p = P2(3, 4)
print(P2.__name__, p.norm(), p.kind, p.dims, type(p).__name__, isinstance(p, Point), P2.__bases__[0].__name__)
print([c.__name__ for c in P2.__mro__])
Empty = type("Empty", (), {})
e = Empty()
e.attr = 1
print(Empty.__name__, Empty.__bases__[0].__name__, e.attr, type(e) is Empty)
Counter = type("Counter", (object,), {"count": 0, "inc": lambda self: self.count + 1, "__repr__": lambda self: "<Counter>"})
print(Counter().inc(), repr(Counter()), str([Counter()]))
for args in [("X", 1, {}), ("X", (), 1), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
print(type(p)(1, 1).norm(), type("x")(5), type(3)("7"), type([1])("ab"))
