# Insertion order and basic methods.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.get("a", "dflt"))
print(d.setdefault("a", 99), d.setdefault("new", 99), d.setdefault("none"), d)
print(d.pop("a"), d.pop("missing", "default"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as err:
    print(type(err).__name__, err)
c = d.copy()
c["x"] = 1
print(d, c, c is not d)
c.clear()
print(c, len(c), bool(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys((), 5))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
f = {1: "a", 2: "b", 3: "c"}
for k in list(f):
    if k % 2:
        del f[k]
print(f)
f.update({5: "e"}, six="f")
print(f)
f.update([(7, "g"), (2, "B")])
f.update(k="v")
f.update()
print(f)
try:
    f.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.update([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
