# __hash__ and __eq__ interplay; unhashable objects
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return len(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("abc"): 1}
print(d[Key("ABC")], Key("AbC") in d, Key("abd") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class EqNoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqNoHash.__hash__)
try:
    hash(EqNoHash(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqNoHash(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqNoHash(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class InheritsHash(EqNoHash):
    def __hash__(self):
        return 7
print(hash(InheritsHash(1)), len({InheritsHash(1), InheritsHash(1)}), len({InheritsHash(1), InheritsHash(2)}))
class Child(Key):
    pass
print(hash(Child("four")), Child("a") == Key("A"))
class ChildEq(Key):
    def __eq__(self, other):
        return False
try:
    hash(ChildEq("q"))
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(1.5))
for v in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
class AlwaysEqual:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
ae = {AlwaysEqual(): "first"}
ae[AlwaysEqual()] = "second"
print(len(ae), list(ae.values()))
print(1 in {1.0}, {1: "int"}.get(True), {True: "a", 1: "b", 1.0: "c"})
