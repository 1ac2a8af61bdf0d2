# Scoping rules of comprehensions
x = "global x"
result = [x for x in range(3)]
print(result, x)
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
d = {i: i for i in "ab"}
print(d, i)
s = {i for i in range(2)}
print(s, i)
g = list(i for i in range(2))
print(g, i)
# comprehensions can read enclosing function locals (closures)
def f():
    factor = 3
    return [n * factor for n in range(4)]
print(f())
# but class bodies are not visible inside comprehensions (except the first iterable)
class C:
    base = 10
    items = [1, 2, 3]
    first_ok = [v for v in items]
    try:
        attempt = [v + base for v in items]
    except NameError as e:
        err = type(e).__name__ + ": " + str(e)
print(C.first_ok, C.err)
class D:
    base = 10
    only_first = [a for a in range(base, base + 2)]
print(D.only_first)
# nested comprehension sees the outer comprehension's variable
print([[(r, c) for c in range(r)] for r in range(3)])
# lambdas in a comprehension capture the variable (late binding)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([fn() for fn in funcs2])
# walrus binds in the enclosing scope
def w():
    [last := k for k in range(5)]
    return last
print(w())
# comprehension variable does not leak inside functions either
def leak():
    [zz for zz in range(2)]
    try:
        return zz
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(leak())
# same name used as iterable and target
data = [1, 2, 3]
data = [data for data in data]
print(data)
n = 5
print([n for n in range(n)])
print(n)
