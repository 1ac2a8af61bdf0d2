# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), Point.__slots__)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.y)
class Partial:
    __slots__ = ["a"]
q = Partial()
try:
    print(q.a)
except AttributeError as e:
    print(type(e).__name__, e)
q.a = "set"
print(q.a)
class Sub(Point):
    pass
s = Sub(3, 4)
s.extra = "subclass without slots gets a __dict__"
print(s.x, s.extra, hasattr(s, "__dict__"), s.__dict__)
class SubSlots(Point):
    __slots__ = ("z",)
ss = SubSlots(1, 2)
ss.z = 3
print(ss.x, ss.y, ss.z, hasattr(ss, "__dict__"))
try:
    ss.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
class Single:
    __slots__ = "only"
o = Single()
o.only = "string slots"
print(o.only, Single.__slots__)
class ClassAttrConflict:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 0
    def inc(self):
        self.v += 1
        return self.v
c = ClassAttrConflict()
print(c.inc(), c.inc())
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
