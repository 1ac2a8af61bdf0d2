# with statement: single, multiple items, as-targets, nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("one"), CM("two"), CM("three"):
    print("three managers")
with (CM("p") as p, CM("q") as q):
    print("parenthesized", p, q)
with CM("outer"):
    with CM("inner"):
        print("nested")
with CM("sup", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("a"), CM("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
try:
    with CM("s", suppress=True), CM("n"):
        raise TypeError("inner raise")
    print("continued after with")
except TypeError:
    print("not reached")
class Holder: pass
h = Holder()
lst = [None]
with CM("attr") as h.val, CM("item") as lst[0]:
    pass
print(h.val, lst)
with CM("tuple") as (first, *rest):
    print(first, rest)
def func():
    with CM("ret"):
        return "returned"
print(func())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        print("after continue check")
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
