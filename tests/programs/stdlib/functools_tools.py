import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [3], 0))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


sq = partial(power, exp=2)
print(sq(5), sq(5, exp=3), sq.func is power, sq.args, sq.keywords)
p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000))
p3 = partial(p2, 3)
print(p3(), p3.func is power, p3.args)
print(repr(partial(int, '10', base=2)), partial(int, '10', base=2)())
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return ('wrapped', f(*a, **k))
    return inner


@deco
def hello(name):
    """Say hello."""
    return 'hello ' + name


print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__('y'))
hello2 = functools.update_wrapper(lambda: 1, power)
print(hello2.__name__, hello2.__qualname__)

calls = []


@lru_cache(maxsize=2)
def sq2(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    sq2(n)
print(calls, sq2.cache_info())
print(sq2.cache_info().hits, sq2.cache_info().currsize)
sq2.cache_clear()
print(sq2.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__name__)


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info())

tcalls = []


@lru_cache(maxsize=None, typed=True)
def ident(x):
    tcalls.append(x)
    return x


ident(1)
ident(1.0)
ident(1)
print(tcalls, ident.cache_info())

ucalls = []


@lru_cache(None)
def uident(x, y=0):
    ucalls.append(x)
    return x


uident(1)
uident(1.0)
uident(1, y=2)
uident(1, y=2)
print(ucalls, uident.cache_info())

zero = lru_cache(maxsize=0)(lambda x: x + 1)
print(zero(1), zero(1), zero.cache_info())


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V(1) != V(1))
print(sorted([V(3), V(1), V(2)], reverse=True)[0].v)


@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v


print(W(1) < W(2), W(1) >= W(2), W(2) <= W(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)
