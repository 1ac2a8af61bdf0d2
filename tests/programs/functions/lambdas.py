# Lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: k)(z=1))
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
print(sq.__name__, sq.__qualname__, type(sq).__name__)
def outer():
    return lambda: lambda: "deep"
print(outer()()(), outer().__qualname__)
adders = {op: (lambda a, b, op=op: eval(f"{a}{op}{b}")) for op in "+-*"}
print([adders[op](6, 3) for op in "+-*"])
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda x: (lambda y: x + y))(10)(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
pairs = [(1, "b"), (2, "a"), (3, "b")]
print(sorted(pairs, key=lambda p: (p[1], -p[0])))
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[1]))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
l = lambda: None
print(l(), l.__defaults__, (lambda x=5: x).__defaults__)
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sq(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda x, /, y: x * y)(3, y=4))
print((lambda *, k: k)(k="kw"))
swap = lambda t: (t[1], t[0])
print(swap((1, 2)))
print(lambda_doc := (lambda: 0).__doc__)
