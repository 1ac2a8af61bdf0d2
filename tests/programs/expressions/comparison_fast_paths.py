# Comparison operators on the kinds the interpreter compares without the
# full protocol (exact str, tuples of plain items, small ints and floats),
# next to the cases that must still reach user code.

nan = float("nan")


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Loud.__eq__", self.v, other if not isinstance(other, Loud) else other.v)
        return isinstance(other, Loud) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


class Shouty(str):
    def __eq__(self, other):
        print("Shouty.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    def __lt__(self, other):
        print("Shouty.__lt__")
        return str.__lt__(self, other)

    __hash__ = str.__hash__


def strings():
    words = ["b", "a", "ab", "", "B", "é", "z" * 3]
    for x in words:
        print(repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in words])
    s = "".join(["ab", "c"])
    print(s == "abc", s != "abc", s < "abd", s >= "abc")
    print("a" == Shouty("a"), Shouty("a") == "a", Shouty("b") < "c", "c" > Shouty("b"))
    print("a" == 1, "a" != None, "1" == 1.0)
    try:
        "a" < 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        "a" <= None
    except TypeError as e:
        print("TypeError:", e)


def tuples():
    t = (1, "a", 2.5, None)
    print(t == (1, "a", 2.5, None), t != (1, "a", 2.5, None), t == (1, "a", 2.5), t == (1, "b", 2.5, None))
    print((1, 2.0) == (1.0, 2), (nan,) == (nan,), (nan, 1) == (float("nan"), 1))
    n = (nan,)
    print(n == n, n != n, [nan] == [nan])
    print((1, Loud(1)) == (1, Loud(1)))
    print((2, Loud(1)) == (1, Loud(1)))
    print((Loud(1), 2) == (Loud(1), 3))
    print((True, 1) == (1, True), (1, 2) < (1, 3), (1, "b") > (1, "a"), (1, 2) <= (1, 2), (2,) >= (1, 9))
    print(("a", Shouty("x")) == ("a", "x"))
    try:
        (1, "a") < (1, 2)
    except TypeError as e:
        print("TypeError:", e)


def numbers():
    vals = [0, 1, -1, 2 ** 62, 2 ** 70, 0.5, -0.0, nan, float("inf"), True]
    for x in vals:
        print([(x < y, x == y, x > y, x >= y) for y in vals])


strings()
tuples()
numbers()
total = 0
for i in range(3000):
    k = "k%d" % (i % 7)
    if k == "k3" or k > "k5":
        total += 1
    if (i % 3, k) == (1, "k1"):
        total += 10
print(total)
