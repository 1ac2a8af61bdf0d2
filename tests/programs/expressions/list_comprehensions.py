# List comprehensions with nested for and if
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in range(3) if x for y in "ab" if y != "a" or x == 2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(row) - 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([i for i in []], [None for _ in range(3)])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
print([x if x % 2 else -x for x in range(6)])
print([[y for y in range(x)] for x in range(4)])
print([s.strip() for s in [" a ", "b  ", "  c"]])
print([len(w) for w in "the quick brown fox".split()])
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([(i, c) for i, c in enumerate("abc", 1)])
pairs = [(1, "one"), (2, "two")]
print([name for num, name in pairs if num > 1])
print([first for first, *rest in [(1, 2, 3), (4,)]])
# the outermost iterable is evaluated before the comprehension runs
def source():
    print("  source evaluated")
    return [1, 2]
print([x for x in source()])
# comprehensions over a generator
print([x * 2 for x in (y + 1 for y in range(3))])
# results of functions
def sq(n):
    return n * n
print([sq(n) for n in range(5) if sq(n) > 3])
print(sum([x for x in range(101)]), max([-x for x in range(5)]))
try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
