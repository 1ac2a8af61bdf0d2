# Generator expressions
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "a bb ccc".split()))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]))
print(",".join(str(i) for i in range(5)))
print(sorted((x % 3, x) for x in range(6)))
print(tuple(c for c in "abc"), set(x % 2 for x in range(5)), dict((i, str(i)) for i in range(3)))
print(list((x, y) for x in range(3) for y in range(3) if x < y))
def noisy(n):
    for i in range(n):
        print("  producing", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("created")
print(next(lazy))
print("between")
print(list(lazy))
# the first iterable is evaluated eagerly, the rest lazily
def outer_iter():
    print("  outer iterable evaluated")
    return [1, 2]
ge = (x for x in outer_iter())
print("genexp built")
print(list(ge))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager error:", type(e).__name__, e)
lazy_err = (1 / x for x in [1, 0])
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    next(lazy_err)
except StopIteration as e:
    print("exhausted after error:", type(e).__name__)
nested = ((i, (j for j in range(i))) for i in range(3))
for i, inner in nested:
    print(i, list(inner))
print(sum(1 for _ in range(1000)))
gen = (x for x in range(3))
print(iter(gen) is gen)
total = 0
for val in (n * 2 for n in range(4)):
    total += val
print(total)
print(list(x for x in "ab" for _ in range(2)))
