# Changing a dict while iterating raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        if k == 1:
            d[10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
d = {i: i for i in range(5)}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
try:
    for v in d.values():
        d[v + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
ks = iter(d.keys())
print(next(ks))
del d["b"]
d["c"] = 3
try:
    print(next(ks))
except RuntimeError as e:
    print(type(e).__name__, e)
