# sum() with start and various types.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1.5, 2.5]), sum([1, 2.5]), sum((True, True, False)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10), sum([10**20, 1, -(10**20)]), sum(x * x for x in range(5)))
print(sum([], start=5), sum([1, 2], start=0.5), sum({1: "a", 2: "b"}), sum({3, 4}), sum(iter([1, 1])))
for call in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
             lambda: sum(5), lambda: sum([1, "a"]), lambda: sum([[1]]), lambda: sum()]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return V(self.n + (other.n if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.n)
print(sum([V(1), V(2), V(3)]).n, sum([V(1)], V(10)).n)
print(sum([1e308, 1e308]), sum([float("inf"), -float("inf")]), sum([2**63, 2**63]), sum([-1] * 1000))
