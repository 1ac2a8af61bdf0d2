# Iteration order of int sets must match CPython exactly.
print({3, 1, 2}, {10, 5, 1, 100, 50}, {-1, -2, -3, 0, 1}, {1000, 2000, 3000, 7, 8})
print({32, 16, 8, 4, 2, 1, 0}, {33, 1, 65}, {-5, 5, -10, 10})
s = set()
for i in [15, 3, 9, 27, 1, 33, 8, 64]:
    s.add(i)
print(s)
s = set(range(20))
print(s)
for i in range(0, 20, 3):
    s.discard(i)
print(s)
s.add(100)
s.add(-7)
print(s)
s = set(range(100, 0, -7))
print(s)
s = {x * 37 % 101 for x in range(30)}
print(s)
s = set()
for i in range(50):
    s.add(i * i)
print(s)
for i in range(0, 50, 2):
    s.remove(i * i)
print(s)
s = {-1, -2, -100, 2**40, -2**40, 7}
print(s)
print(list({5, 4, 3, 2, 1}), sorted({5, 4, 3, 2, 1}), [x for x in {9, 18, 27}])
big = set(range(0, 1000, 7))
removed = set(range(0, 1000, 3))
print(big - removed)
t = {(1, 2), (0, 0), (2, 1)}
print(len(t), sorted(t))
print(frozenset({40, 8, 16, 24}), frozenset(range(10, 0, -1)))
print({True, 2, 0, False, 1.0}, {1.5, 2, 3.0})
