# Starred assignment targets
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
x, *y = [1]
print(x, y)
*z, = (1, 2, 3)
print(z)
[p, *q] = (9, 8, 7)
print(p, q)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
h, *t = iter([5, 6, 7])
print(h, t, type(t).__name__)
a, b, *c, d, e = range(5)
print(a, b, c, d, e)
k, *v = {"x": 1, "y": 2}
print(k, v)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
try:
    a, b, *c = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, *b, c, d = (1, 2)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, *b = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
# starred in nested targets
(a, *b), (*c, d) = "xyz", [1, 2]
print(a, b, c, d)
lst = [0, 0, 0]
lst[0], *lst[1:] = [7, 8, 9, 10]
print(lst)
class Obj: pass
o = Obj()
o.a, *o.b = 1, 2, 3
print(o.a, o.b)
def gen():
    yield 1
    yield 2
    yield 3
*all_, = gen()
print(all_)
