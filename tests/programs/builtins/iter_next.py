# iter() and next(), incl. iter(callable, sentinel) and next default.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["a", "b", "", "c"]
pos = iter(lines)
print(list(iter(lambda: next(pos), "")))
print(list(iter(pos)))
s = iter("xyz")
print(iter(s) is s, next(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), next(Countdown(0), "empty"))
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 11
print(list(iter(GetItemSeq())), list(GetItemSeq()), 22 in GetItemSeq())
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(next(iter(()), "no items"), next(iter(range(5, 6))), type(iter([])).__name__, type(iter(range(1))).__name__)
