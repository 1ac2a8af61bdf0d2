# Dict and set comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({x % 3 for x in range(10)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({c for c in "mississippi"}))
print({i: [j for j in range(i)] for i in range(4)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
print({n for n in range(20) if n % 2 if n % 3})
print({(i, i * i) for i in range(4)} == {(0, 0), (1, 1), (2, 4), (3, 9)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)
print({len(w) for w in words})
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
# dict comprehension key/value evaluation order
log = []
def k(x):
    log.append("k" + str(x))
    return x
def v(x):
    log.append("v" + str(x))
    return x
d = {k(i): v(i) for i in range(2)}
print(d, log)
print(type({x for x in []}).__name__, type({x: x for x in []}).__name__, {x: x for x in []})
try:
    print({[x]: x for x in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({[x] for x in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
print({x: y for x, y in enumerate("hi")})
print({1: "a", True: "b", 1.0: "c"})
print({**{x: x for x in range(2)}, 5: 5})
