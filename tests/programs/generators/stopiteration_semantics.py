# StopIteration semantics in generators and iterators
def gen():
    yield 1
    return "value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration("inside generator")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    list(next_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "iterator exhausted"
        yield v
sg = safe_next()
print(list(sg))
def ret_none():
    yield 1
g2 = ret_none()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print(repr(e.value), e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e0 = StopIteration()
print(e0.value, e0.args)
print(issubclass(StopIteration, Exception), StopIteration.__mro__[1].__name__)
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("custom stop")
        self.done = True
        return "only"
print(list(Once()))
o = Once()
for x in o:
    print("for got", x)
try:
    next(o)
except StopIteration as ex:
    print("still stopped:", ex)
def gen_finally():
    try:
        yield 1
    finally:
        print("  finally on exhaustion")
print(list(gen_finally()))
def ret_value_in_for():
    yield "a"
    return "ignored by for"
for v in ret_value_in_for():
    print("for value", v)
def return_expr():
    yield 0
    return [1, 2]
rg = return_expr()
next(rg)
try:
    next(rg)
except StopIteration as si:
    print("returned list:", si.value)
def gen_exhaust_repeat():
    yield 1
gr = gen_exhaust_repeat()
print(list(gr), list(gr), next(gr, "exhausted"))
