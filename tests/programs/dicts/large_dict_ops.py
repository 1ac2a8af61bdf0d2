# Many inserts, deletes and re-inserts: order, lengths, lookups.
d = {}
for i in range(500):
    d[i * 7 % 500] = i
print(len(d), list(d)[:10], list(d)[-5:])
for i in range(0, 500, 2):
    del d[i]
print(len(d), list(d)[:10])
for i in range(0, 100, 4):
    d[i] = "back"
print(len(d), list(d)[-10:], d[0], d[1])
keys = list(d)
print(keys == sorted(keys), sum(k for k in d if isinstance(d[k], int)))
s = {}
for w in ("alpha beta gamma delta alpha beta alpha epsilon zeta eta theta iota kappa " * 20).split():
    s[w] = s.get(w, 0) + 1
print(s)
for k in list(s):
    if s[k] > 20:
        s.pop(k)
print(s, len(s))
t = {(i, j): i * j for i in range(20) for j in range(20)}
print(len(t), t[(7, 13)], sum(t.values()), list(t)[:3], list(t.items())[-2:])
e = dict.fromkeys(range(1000), 0)
for i in range(999, -1, -3):
    e.pop(i)
print(len(e), list(e)[:5], list(e)[-5:])
