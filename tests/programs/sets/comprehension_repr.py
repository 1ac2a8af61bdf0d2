# Set comprehensions and reprs.
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)}, {c for c in ()}, set())
print(repr(set()), repr({1}), repr({(1, 2)}), str({-0.0}), repr({None}), repr({True}))
s = {x for x in range(10) if x % 2}
print(s, type(s).__name__)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}), {len(w) for w in words})
r = {1, 2}
print(f"{r}", "%s" % r, str(r) == repr(r), [r], (r,), {"k": r})
print(sorted({"b", "a", "c"}), sorted({"x"}), {"only"})
nested = {(i, j) for i in range(3) for j in range(3) if i != j}
print(sorted(nested), len(nested))
print({frozenset({1, 2})}, {frozenset()})
