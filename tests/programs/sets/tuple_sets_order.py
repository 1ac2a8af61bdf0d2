# Sets of tuples of ints iterate in CPython's order; print them directly.
print({(1, 2), (2, 1), (0, 0), (3, 4)})
print({(i, j) for i in range(3) for j in range(3)})
print({(i, -i) for i in range(8)})
print({(x,) for x in range(6)}, {()}, {(1, (2, 3)), ((1, 2), 3)})
s = set()
for i in range(10):
    s.add((i % 3, i // 3))
print(s)
s.discard((0, 0))
s.discard((2, 2))
print(s)
print(frozenset({(5, 5), (1, 1)}), {(True, 1), (1, True)}, {(1.0, 2), (1, 2.0)})
print({(10**20, 1), (2, 3)}, {(-1, -1), (-2, -2), (-1, -2)})
d = {}
for p in [(1, 2), (3, 4), (1, 2)]:
    d[p] = d.get(p, 0) + 1
print(set(d), set(d.items()))
