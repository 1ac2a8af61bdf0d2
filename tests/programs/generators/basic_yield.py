# Basic generator functions
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print("before first next")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return "ret"
    yield 2
print(list(with_return()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(zip(squares(3), "abc")))
def yield_expr_value():
    x = yield
    print("  received", x)
gen = yield_expr_value()
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("finished, received None")
def multiple_yields():
    yield "a"
    yield "b"
    for c in "cd":
        yield c
    yield from "ef"
print("".join(multiple_yields()))
def gen_with_args(a, *rest, k="K"):
    yield a
    yield rest
    yield k
print(list(gen_with_args(1, 2, 3, k="z")))
g1 = count_up(2)
g2 = count_up(2)
print(next(g1), next(g2), next(g1))
def yields_none():
    yield
    yield None
print(list(yields_none()))
def tuple_yield():
    yield 1, 2
    yield (3, 4)
print(list(tuple_yield()))
print(iter(g1) is g1, hasattr(g1, "__next__"), g1.__name__ if hasattr(g1, "__name__") else "")
