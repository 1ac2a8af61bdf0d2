# Default argument values
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
# defaults are evaluated once, at definition time
counter = 0
def next_default():
    global counter
    counter += 1
    print("  evaluating default", counter)
    return counter
def f(x=next_default()):
    return x
print("defined")
print(f(), f(), f(99))
val = 10
def g(v=val):
    return v
val = 20
print(g())
# defaults referencing earlier parameters are not allowed; use None sentinel
def h(a, b=None):
    if b is None:
        b = a * 2
    return a, b
print(h(1), h(1, 5))
print(f.__defaults__, greet.__defaults__, h.__defaults__)
def nodefs(a, b):
    pass
print(nodefs.__defaults__)
def kwdefs(a, *, b=1, c):
    return a, b, c
print(kwdefs.__kwdefaults__, kwdefs(0, c=2))
greet.__defaults__ = ("Howdy", ".")
print(greet("Ed"))
try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", nme="x")
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d=4, e=5):
    return a + b + c + d + e
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(many(1, 2, 3), many(1, 2, 3, e=0))
