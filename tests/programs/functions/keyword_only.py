# Keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=2))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, key):
    return args, key
print(g(1, 2, key="k"))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
def sorter(items, *, reverse=False, key=None):
    return sorted(items, reverse=reverse, key=key)
print(sorter([3, 1, 2]), sorter([3, 1, 2], reverse=True), sorter(["bb", "a"], key=len))
print(f.__kwdefaults__, h.__kwdefaults__)
try:
    f(1, b=2, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, b=4)
except TypeError as e:
    print(type(e).__name__, e)
def mixed(a, b=1, *, c, d=2, **rest):
    return a, b, c, d, rest
print(mixed(0, c=5), mixed(0, 9, c=5, d=6, z=7))
