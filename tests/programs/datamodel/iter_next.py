# __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(next(c, "default"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
r = Range2(3)
print(list(r), list(r), sum(r), [x * y for x in r for y in r])
it = iter(r)
print(type(it).__name__, next(it), list(it))
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item.upper()
print(list(GenIter("abc")), "B" in GenIter("abc"))
for i, v in enumerate(GenIter(["x", "y"])):
    print(i, v)
print(dict(zip(Countdown(3), GenIter("pqr"))))
print(max(Countdown(4)), min(Range2(5)), sorted(Countdown(3)), tuple(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NotIterator:
    pass
try:
    next(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done value")
print(list(StopWithValue()))
calls = []
def sentinel_source():
    calls.append(1)
    return len(calls)
print(list(iter(sentinel_source, 4)))
class Infinite:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
for v in Infinite():
    if v > 3:
        break
    print("inf", v)
li = iter([1, 2, 3])
print(next(li), list(li), list(li))
