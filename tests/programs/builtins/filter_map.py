# filter and map.
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")), list(filter(None, ())))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, ["a", "bb", ""])), list(map(int, "123")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m), type(m).__name__)
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), type(f).__name__)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(abs, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda x: x, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
seen = []
def noisy(x):
    seen.append(x)
    return x
lazy = map(noisy, [1, 2, 3])
print(seen)
print(next(lazy), seen)
print(sum(map(int, "1 2 3 4".split())), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])), sorted(map(lambda v: -v, {3, 1, 2})))
