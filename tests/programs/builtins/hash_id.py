# hash() of ints/floats/bools/tuples; id() identity comparisons only.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, True, False, 0.0, 1.0, 1.5, -1.5, 0.1, 1e100, float("inf"), (), (1,), (1, 2), ((1,), (2, 3)), (1.5, True)]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), type(hash("s")).__name__)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self.v == other.v
print(hash(H(5)), hash(H(-1)), hash(H(2**70)), {H(1): "a"}[H(1)])
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, other):
        return True
for obj in [NoHash(), EqOnly(), [1], {}, set()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__, id(None) == id(None))
x = object()
print(id(x) == id(x), a is b, a is not c)
o = H(3)
print(hash(o) == hash(H(3)), id(o) == id(H(3)) and False)
