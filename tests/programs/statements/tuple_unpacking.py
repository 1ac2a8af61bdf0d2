# Tuple and list unpacking in assignment
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[a, b] = "xy"
print(a, b)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
x, = [42]
print(x)
(y,) = (43,)
print(y)
[z] = {44}
print(z)
i, j = {"k1": 1, "k2": 2}
print(i, j)
i, j = {"k1": 1, "k2": 2}.items()
print(i, j)
for (n, s) in [(1, "a"), (2, "b")]:
    print(n, s)
for n, (s, t) in enumerate([("p", "q"), ("r", "s")]):
    print(n, s, t)
for cases in [(1, 2, 3), (1,), [], "abcd"]:
    try:
        a, b, c = cases
        print("ok", a, b, c)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 1
except TypeError as e:
    print(type(e).__name__, e)
# the RHS is evaluated fully before any target is assigned
lst = [1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)
a = [0, 1]
a[0], a[1] = a[1], a[0]
print(a)
# unpacking a generator
def g():
    for k in range(3):
        print("yield", k)
        yield k
p, q, r = g()
print(p, q, r)
def g2():
    yield 1
    yield 2
    yield 3
try:
    p, q = g2()
except ValueError as e:
    print(type(e).__name__, e)
