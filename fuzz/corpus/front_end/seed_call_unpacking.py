# Calls with *args and **kwargs unpacking
def f(a, b, c=3, *rest, d=4, **kw):
    return f"a={a} b={b} c={c} rest={rest} d={d} kw={kw}"
print(f(1, 2))
print(f(*[1, 2, 5, 6, 7]))
print(f(*"xy", d=9))
print(f(1, *(2, 3), *[4, 5], e=6))
print(f(**{"a": 1, "b": 2, "z": 26}))
print(f(1, **{"b": 2}, **{"d": 0, "q": 1}))
print(f(*range(2), c=30, **{"extra": True}))
print(f(1, 2, 3, 4, d=5, **{"e": 6}, g=7))
args = (10, 20)
kwargs = {"c": 30, "d": 40}
print(f(*args, **kwargs))
print(max(*[3, 1, 4, 1, 5]), min(*"zebra"), print(*[1, 2, 3], sep="-"))
print(*{"k1": 1, "k2": 2})
print(*(x * 2 for x in range(3)))
def g(*args, **kwargs):
    return args, kwargs
print(g(), g(*[], **{}), g(*(), 1, *[2]))
errors = [
    lambda: f(1, 2, **{"a": 5}),
    lambda: f(*[1]),
    lambda: f(1, 2, **{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, 2, c=1, **{"c": 2}),
    lambda: g(**{"x": 1}, **{"x": 2}),
]
for fn in errors:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
def order(*a, **k):
    return list(k)
print(order(z=1, a=2, **{"m": 3}, b=4))
d = {"sep": "|", "end": "!\n"}
print("a", "b", **d)
def h(x, /, y, *, z):
    return x, y, z
print(h(*[1, 2], **{"z": 3}))
try:
    h(**{"x": 1, "y": 2, "z": 3})
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()
print(g(**M()))
