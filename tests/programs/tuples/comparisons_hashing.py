# Tuple comparison and hashing; as dict keys and set members.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), (0,)), ((2,), (1, 9)), ((1, "a"), (1, "b")),
         ((1.0, 2), (1, 2.0)), (((1, 2), 3), ((1, 2), 4))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 1), (1, 2) == [1, 2], (1,) == 1)
d = {(0, 0): "origin", (1, 2): "p", (1, 2.0): "float-equal"}
print(d, len(d), d[(1, 2)], d[1, 2], (0, 0) in d, (0.0, False) in d)
s = {(1, 2), (2, 1), (1, 2), (1.0, 2.0)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((True, False)), hash((-1,)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (2, 5)))
counts = {}
for p in [(1, 2), (3, 4), (1, 2), (1, 2), (3, 4), (5, 6)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
