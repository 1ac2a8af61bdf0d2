# update/setdefault/pop/popitem ordering details.
d = dict(a=1, b=2, c=3, d=4)
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d)
d.update(a=100)
print(d)
d.update({"z": 0, "b": 200})
print(d)
d.update((("y", 1),))
print(d, list(d))
order = []
for k in ["q", "w", "e", "q", "w", "r"]:
    if order.count(k) == 0:
        order.append(k)
print(dict.fromkeys(["q", "w", "e", "q", "w", "r"]), order)
x = {}
for i in range(20):
    x[i] = i
for i in range(0, 20, 2):
    del x[i]
x[0] = "back"
print(x, list(x.keys())[:3])
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
s = {}
print(s.setdefault("k", []), s)
s.setdefault("k", []).append(1)
s.setdefault("k", []).append(2)
print(s)
try:
    s.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.get()
except TypeError as e:
    print(type(e).__name__, e)
print(s.pop("k"), s, s.pop("k", None))
