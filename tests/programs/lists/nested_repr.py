# Nested lists, recursive repr, list() conversions.
a = [1, [2, [3, [4, []]]]]
print(a, a[1][1][1][0], len(a[1]))
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r, r[2][2][0])
s = [r, [r]]
print(s)
t = [[], []]
t[0].append(t[1])
t[1].append(t[0])
print(t)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}), list({3}), list(x * 2 for x in [1, 2]))
print(list([1, 2]) is not None, list(map(str, [1, 2])), list(zip([1, 2], "ab")), list(enumerate("xy", 1)))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr([1, "a", 2.5, None, True, (1,), {"k": [1]}, b"x"]), str(["x"]))
m = [[i * j for j in range(4)] for i in range(4)]
print(m, [row[i] for i, row in enumerate(m)], [list(col) for col in zip(*m)])
flat = [x for row in m for x in row if x % 2 == 0]
print(flat, sum(flat), max(m), min(m, key=sum))
deep = []
cur = deep
for i in range(5):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep)
