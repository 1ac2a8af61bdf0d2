# Dict comprehensions and building patterns.
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: "abracadabra".count(c) for c in "abracadabra"})
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {}
for k, v in freq.items():
    inv.setdefault(v, []).append(k)
print(inv)
nested = {i: {j: i + j for j in range(i)} for i in range(4)}
print(nested)
print({k: v for k, v in []}, dict((i, str(i)) for i in range(3)))
print(max(freq, key=freq.get), min(freq.values()), sum(freq.values()), sorted(freq, key=len))
