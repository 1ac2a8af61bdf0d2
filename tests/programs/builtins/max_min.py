# max and min with key, default and edge cases.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max("hello"), min("hello"), max({3: "a", 7: "b"}))
print(max([1, 5, 3], key=lambda x: -x), min(["bbb", "a", "cc"], key=len), max("aa", "b", key=len), max([], default="empty"), min([], default=None))
print(max([2, 1], default=0), max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5]]), max(1, 2.5, True), min(-0.0, 0.0), max(0.0, -0.0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([5, 2, 8, 2], key=lambda x: x), max(["B", "a", "C"], key=str.lower))
pairs = [("x", 3), ("y", 1), ("z", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(range(10), key=lambda v: (v % 4, -v)))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min(1, "a"), lambda: max([1], 2, default=3),
             lambda: min([], key=len), lambda: max(iter([]))]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(iter([3, 8, 1])), min(x * x for x in range(-3, 3)), max({1, 7, 4}), max(float("nan"), 1), min(1, float("nan")))
print(max(1, 2, key=None), min("b", "a", key=None), max([10**20, 2**70]), min([-(10**20), -(2**70)]))
