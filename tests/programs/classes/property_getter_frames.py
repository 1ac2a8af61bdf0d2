# Property getters run as frames of the dispatch loop: results, errors and
# tracebacks, __getattr__ fallback, shadowing, changes to the class, and
# getters that are not plain one-argument functions.
import sys


class Point:
    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def norm1(self):
        return abs(self.x) + abs(self._y)

    @property
    def broken(self):
        return 1 // (self._x - self._x)

    @property
    def missing(self):
        return self.nope


class WithGetattr(Point):
    def __getattr__(self, name):
        return "fallback for " + name


class Slotted:
    __slots__ = ("_v",)

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2


class Defaults:
    @property
    def d(self, extra=5):
        return extra

    def _gen(self):
        yield 1

    g = property(_gen)
    b = property(len.__call__) if False else property(repr)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


p = Point(3, -4)
total = 0
for i in range(2000):
    total += p.x + p.norm1
print(total)
show("broken", lambda: p.broken)
show("missing", lambda: p.missing)
w = WithGetattr(1, 2)
show("getattr fallback", lambda: w.missing)
show("getattr plain", lambda: w.other)
show("x via subclass", lambda: w.x)
p.__dict__["x"] = "shadow"
show("data descriptor wins", lambda: p.x)
s = Slotted(21)
print([s.v for _ in range(3)])
d = Defaults()
print(d.d, list(d.g), d.b.startswith("<"))

# The class changes between reads at one site.
def read_x(obj):
    return obj.x

q = Point(7, 0)
print([read_x(q) for _ in range(3)])
Point.x = property(lambda self: self._x * 100)
print(read_x(q))
del Point.x
q.x = "plain attribute now"
print(read_x(q))

# A getter that recurses forever.
class Forever:
    @property
    def again(self):
        return self.again

sys.setrecursionlimit(200)
try:
    Forever().again
except RecursionError as e:
    print("RecursionError", e)


# A traceback through two getters (uncaught: the expected stderr has it).
class Deep:
    @property
    def level(self):
        return self.inner_level

    @property
    def inner_level(self):
        raise ValueError("deep")


sys.setrecursionlimit(1000)
Deep().level
