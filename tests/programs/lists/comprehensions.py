# List comprehensions and building lists.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([i for i in []], [None for _ in range(3)])
x = 10
print([x for x in range(3)], x)
funcs = [lambda n=i: n * 10 for i in range(3)]
print([f() for f in funcs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row])
print([(i, c) for i, c in enumerate("abc") if i != 1])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([w for w in "the quick brown fox".split() if len(w) > 3])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print([(last := v * 2) for v in [1, 2, 3]], last)
