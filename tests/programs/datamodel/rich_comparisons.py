# Rich comparison methods
VERBOSE = True
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if VERBOSE:
            print(f"  {self!r}.__eq__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if VERBOSE:
            print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    __hash__ = None
a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)
print(a == Version(1, 2))
print(a != b)
print(a <= b)
print(a == 5)
print(a != "x")
try:
    print(a < 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a >= b)
except TypeError as e:
    print(type(e).__name__, e)
VERBOSE = False
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(4)))
class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __lt__(self, other):
        return 0
w = Weird()
print(w == 1, w < 1, w != 1, bool(w == 1))
if w < 1:
    print("not printed")
else:
    print("falsy __lt__ result used in if")
class Total:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ne__(self, o):
        print("  custom __ne__")
        return self.v != o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
x, y = Total(1), Total(2)
print(x == y, x != y, x > y, x >= y, x < y, x <= y, x < y < Total(3))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyEq(1) in [OnlyEq(0), OnlyEq(1)], [OnlyEq(3)].index(OnlyEq(3)), [OnlyEq(3), OnlyEq(3)].count(OnlyEq(3)))
class NoCmp:
    pass
n1, n2 = NoCmp(), NoCmp()
print(n1 == n1, n1 == n2, n1 != n2)
try:
    n1 < n2
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([n1, n2])
except TypeError as e:
    print(type(e).__name__, e)
