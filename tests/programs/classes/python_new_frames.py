# Classes with a Python __new__ and object.__init__ (immutable value
# classes): the __new__ frame's result, __new__ returning other objects,
# subclass instances with their own __init__, keyword arguments, errors
# and tracebacks through __new__.
import sys


class Point:
    __slots__ = ("x", "y")

    def __new__(cls, x=0, y=0):
        self = object.__new__(cls)
        self.x = x
        self.y = y
        return self

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


print(Point(1, 2), Point(y=5), Point(), Point(3, y=4))
pts = [Point(i, i * i) for i in range(5)]
print(pts)


class Other:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        if v == 0:
            return None
        return object.__new__(cls)


print(Other(-1), Other(0), type(Other(1)).__name__)


class Base:
    def __new__(cls, *args, **kw):
        print("Base.__new__", cls.__name__, args, sorted(kw.items()))
        if kw.get("sub"):
            return object.__new__(Sub)
        return object.__new__(cls)


class Sub(Base):
    def __init__(self, *args, **kw):
        print("Sub.__init__", args, sorted(kw.items()))
        self.args = args


b = Base(1, 2, sub=True)
print(type(b).__name__, b.args)
b2 = Base(7)
print(type(b2).__name__)
s = Sub(3, flag=1)
print(type(s).__name__, s.args)


class BadInit(Base):
    def __init__(self, *args, **kw):
        return 5


class Maker:
    def __new__(cls, sub):
        return object.__new__(BadInit) if sub else object.__new__(cls)


try:
    Maker(True)
except TypeError as e:
    print("TypeError", e)
print(type(Maker(False)).__name__)


class Strict:
    def __new__(cls, a, *, b):
        return object.__new__(cls)


for args, kw in [((), {}), ((1,), {}), ((1,), {"b": 2}), ((1, 2), {"b": 3}), ((1,), {"c": 3, "b": 2})]:
    try:
        Strict(*args, **kw)
        print("ok", args, kw)
    except TypeError as e:
        print("TypeError", e)


class Fails:
    def __new__(cls, n):
        return 10 // n


try:
    Fails(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else "?")
        tb = tb.tb_next
    print("ZeroDivisionError", e)
print(Fails(5))


class Deep:
    def __new__(cls, n):
        if n == 0:
            return object.__new__(cls)
        return Deep(n - 1)


sys.setrecursionlimit(200)
try:
    Deep(1000)
except RecursionError:
    print("RecursionError")
print(type(Deep(50)).__name__)


class Counted(int):
    pass


class Wrapper(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))


w = Wrapper(1, 2)
print(w, type(w).__name__, w[1])


def make(n):
    total = 0
    for i in range(n):
        p = Point(i, y=i + 1)
        total += p.x + p.y
    return total


print(make(3000))
