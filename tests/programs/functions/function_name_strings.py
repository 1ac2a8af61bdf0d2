# Functions share their code's name strings until one is assigned; the
# qualified names of functions and generators nested in comprehensions.
def mk():
    def g():
        "doc of g"
        return 1
    return g
a, b = mk(), mk()
print(a.__qualname__, a.__name__, a.__doc__, a.__qualname__ is b.__qualname__, a.__name__ is b.__name__)
a.__qualname__ = "changed"
a.__name__ = "renamed"
a.__doc__ = "new doc"
c = mk()
print(a.__qualname__, a.__name__, a.__doc__, "|", b.__qualname__, b.__name__, b.__doc__, "|", c.__qualname__, c.__name__, c.__doc__)
fs = [lambda x: x + i for i in range(3)]
print([f.__name__ for f in fs], [f.__qualname__ for f in fs], fs[0].__doc__)
import gc
for i in range(20000):
    h = mk()
gc.collect()
print(h.__qualname__, h.__doc__, sum(len(mk().__qualname__) for _ in range(1000)))
gs = [[lambda: 0 for _ in range(1)] for _ in range(1)]
print(gs[0][0].__qualname__)
def outer():
    return [(lambda: 1) for _ in range(1)][0], list(x for x in [lambda: 2])[0], {k: (lambda: 3) for k in [1]}[1]
print([f.__qualname__ for f in outer()])
class K:
    fs = [lambda: 1 for _ in range(1)]
    def m(self):
        return [lambda: 1 for _ in range(1)][0]
print(K.fs[0].__qualname__, K().m().__qualname__)
g = (y for y in range(1))
print(g.__qualname__, (lambda: (z for z in ()))().__qualname__)
