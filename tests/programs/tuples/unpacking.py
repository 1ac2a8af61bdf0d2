# Tuple packing and unpacking.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
h, *mid, t = "abcde"
print(h, mid, t)
p, *q = (1,)
print(p, q)
(m, n), o = [(1, 2), 3]
print(m, n, o)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def f():
    return 1, "two", 3.0
r = f()
print(r, type(r).__name__)
one, two, three = f()
print(one, two, three)
for bad in [(1, 2, 3), (1,), []]:
    try:
        u, v = bad
        print(u, v)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b, *c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
t = 1, 2, 3
print(t, (*t, 4), (0, *t, *t), [*t], {*t})
print(*t)
print(*t, sep="-")
args = (3, 10, 2)
print(list(range(*args)), max(*args), "{}{}{}".format(*args))
