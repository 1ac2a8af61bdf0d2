# Calling instances whose class defines __call__: in hot loops, with the
# method replaced mid-loop, as a generator, a staticmethod or classmethod,
# recursing into RecursionError, and with an uncaught exception's
# traceback passing through __call__.


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, offset=0):
        return x * self.k + offset


s = Scale(3)
total = 0
for i in range(3000):
    total += s(i) + s(i, offset=1) + s(x=i)
    if i == 1500:
        Scale.__call__ = lambda self, x, offset=0: x - self.k + offset
print(total)


class Gen:
    def __call__(self, n):
        for i in range(n):
            yield i * i


g = Gen()
print(list(g(5)), sum(sum(g(i)) for i in range(50)))


class Static:
    @staticmethod
    def __call__(*args):
        return ("static", args)


class Klass:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)


print(Static()(1, 2), Klass()(7))


class Deep:
    def __init__(self):
        self.depth = 0

    def __call__(self, n):
        self.depth = max(self.depth, n)
        return self(n + 1)


d = Deep()
try:
    d(0)
except RecursionError as e:
    print("RecursionError", d.depth > 100)


class Validator:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        if value > self.limit:
            raise ValueError("%d is over %d" % (value, self.limit))
        return value


check = Validator(2500)
ok = 0
for v in range(2400):
    try:
        ok += check(v) & 1
        check(v + 200)
    except ValueError as e:
        last = str(e)
print(ok, last)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        if self.n == 5:
            raise StopIteration
        return self.n


print(list(iter(Counter(), 4)))


def outer(f, x):
    return f(x)


outer(Validator(10), 11)
