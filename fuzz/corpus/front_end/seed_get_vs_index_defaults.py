# Lookup patterns: get, setdefault, in, try/except KeyError, and None values.
d = {"a": None, "b": 0, "c": "", 1: [], (1, 2): "t"}
for k in ["a", "b", "c", 1, (1, 2), "zz", 2, (2, 1)]:
    try:
        v = d[k]
        status = "found"
    except KeyError:
        v = "<missing>"
        status = "missing"
    print(repr(k), status, repr(v), repr(d.get(k)), repr(d.get(k, "dflt")), k in d)
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result
print(fib(90), len(cache), list(cache)[:5])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
index = {}
for i, w in enumerate("a b a c b a".split()):
    index.setdefault(w, []).append(i)
print(index, index.get("z", []))
