# Positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /):
    return x
print(g(5))
try:
    g(x=5)
except TypeError as e:
    print(type(e).__name__, e)
def h(x, /, **kw):
    return x, kw
print(h(1, x=2))
def k(a, b=2, /, c=3):
    return a, b, c
print(k(1), k(1, 5), k(1, 5, 6), k(1, c=9))
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def pos_default(a=1, /, *args):
    return a, args
print(pos_default(), pos_default(5, 6, 7))
print(f.__defaults__, k.__defaults__)
lam = lambda x, /, y: (x, y)
print(lam(1, 2), lam(1, y=3))
try:
    lam(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def m(self, v, /):
        return v * 2
print(C().m(4))
try:
    C().m(v=4)
except TypeError as e:
    print(type(e).__name__, e)
