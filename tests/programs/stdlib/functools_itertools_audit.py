"""Adversarial functools, itertools, operator, heapq and bisect checks."""
import functools
import itertools
import operator
import heapq
import bisect


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# functools
t("reduce", lambda: functools.reduce(operator.add, [1, 2, 3], 10))
t("reduce noinit", lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))
t("reduce empty", lambda: functools.reduce(operator.add, []))
t("reduce empty init", lambda: functools.reduce(operator.add, [], 7))
t("reduce one", lambda: functools.reduce(operator.add, [5]))
t("reduce nonfunc", lambda: functools.reduce(5, [1, 2]))
p = functools.partial(int, base=2)
t("partial", lambda: (p("101"), p("11", base=10), p.func is int, p.args, p.keywords))
p2 = functools.partial(lambda a, b, c=3: (a, b, c), 1)
t("partial2", lambda: (p2(2), p2(2, c=9), functools.partial(p2, 5)(c=0)))
t("partial repr", lambda: repr(functools.partial(max, 1, key=abs)))
t("partial nonfunc", lambda: functools.partial(5))
t("partial missing", lambda: p2())


def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner


@deco
def documented(x):
    """Original doc."""
    return x * 2


t("wraps", lambda: (documented.__name__, documented.__doc__, documented.__wrapped__(3), documented(4),
                     documented.__qualname__, documented.__module__))
calls = []


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
t("lru calls", lambda: calls)
t("lru info", lambda: sq.cache_info())
sq.cache_clear()
t("lru clear", lambda: sq.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


t("lru fib", lambda: (fib(80), fib.cache_info()))


@functools.lru_cache
def plain(a, b=1):
    return (a, b)


t("lru bare", lambda: (plain(1), plain(1, b=1), plain(1, 1), plain.cache_info()))


@functools.lru_cache(maxsize=10, typed=True)
def typed(x):
    return type(x).__name__


t("lru typed", lambda: (typed(1), typed(1.0), typed.cache_info()))
t("lru unhashable", lambda: plain([1]))
t("lru wrapped", lambda: plain.__wrapped__(5))
t("lru bad maxsize", lambda: functools.lru_cache(maxsize="x"))
t("cache", lambda: functools.cache(lambda x: x + 1)(1))
t("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
t("cmp_to_key strs", lambda: sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
t("cmp_to_key ops", lambda: (K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1) != K(1)))
t("cmp_to_key hash", lambda: hash(K(1)))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


t("total_ordering", lambda: (V(1) <= V(2), V(2) > V(1), V(2) >= V(2), V(3) > V(4), V(1) <= V(0)))


@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.v > o.v


t("total_ordering gt", lambda: (G(1) < G(2), G(1) <= G(1), G(2) >= G(3)))
t("total_ordering NI", lambda: G(1) < 5)
t("total_ordering none", lambda: functools.total_ordering(type("N", (), {})))
t("partial kw merge", lambda: functools.partial(dict, a=1)(b=2, a=3))

# itertools
t("count", lambda: list(itertools.islice(itertools.count(5, -2), 4)))
t("count float", lambda: list(itertools.islice(itertools.count(0.5, 0.25), 3)))
t("count repr", lambda: (repr(itertools.count(3)), repr(itertools.count(1, 2))))
t("cycle", lambda: list(itertools.islice(itertools.cycle("ab"), 5)))
t("cycle empty", lambda: list(itertools.cycle([])))
t("repeat", lambda: (list(itertools.repeat("x", 3)), list(itertools.repeat(1, -1)), list(itertools.islice(itertools.repeat(0), 2))))
t("chain", lambda: list(itertools.chain("ab", [1], (), range(2))))
t("chain.from_iterable", lambda: list(itertools.chain.from_iterable(["ab", "cd"])))
t("islice", lambda: (list(itertools.islice(range(10), 2, 8, 3)), list(itertools.islice(range(10), None)),
                      list(itertools.islice("abc", 1, None))))
t("islice bad", lambda: itertools.islice(range(3), -1))
t("islice bad step", lambda: itertools.islice(range(3), 0, 2, 0))
t("islice consumes", lambda: (lambda it: (list(itertools.islice(it, 2)), list(it)))(iter(range(5))))
t("product", lambda: list(itertools.product("ab", [1, 2])))
t("product repeat", lambda: list(itertools.product([0, 1], repeat=2)))
t("product empty", lambda: (list(itertools.product()), list(itertools.product([], [1]))))
t("permutations", lambda: list(itertools.permutations("abc", 2)))
t("permutations full", lambda: list(itertools.permutations(range(3))))
t("permutations r>n", lambda: list(itertools.permutations("ab", 3)))
t("combinations", lambda: list(itertools.combinations("abcd", 2)))
t("combinations 0", lambda: list(itertools.combinations("abc", 0)))
t("combinations r>n", lambda: list(itertools.combinations("ab", 3)))
t("combinations neg", lambda: itertools.combinations("ab", -1))
t("cwr", lambda: list(itertools.combinations_with_replacement("abc", 2)))
t("groupby", lambda: [(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
t("groupby key", lambda: [(k, list(g)) for k, g in itertools.groupby(range(10), key=lambda x: x // 3)])
t("groupby skip", lambda: [k for k, g in itertools.groupby("aabbbc")])
t("groupby late", lambda: (lambda gs: [list(g) for k, g in gs])(list(itertools.groupby("aabb"))))
t("accumulate", lambda: list(itertools.accumulate([1, 2, 3, 4])))
t("accumulate func", lambda: list(itertools.accumulate([3, 1, 4, 1, 5], max)))
t("accumulate initial", lambda: list(itertools.accumulate([1, 2], initial=100)))
t("accumulate empty", lambda: (list(itertools.accumulate([])), list(itertools.accumulate([], initial=1))))
t("zip_longest", lambda: list(itertools.zip_longest("abc", [1], fillvalue="-")))
t("zip_longest none", lambda: list(itertools.zip_longest([1, 2], [])))
t("starmap", lambda: list(itertools.starmap(pow, [(2, 3), (3, 2)])))
t("takewhile", lambda: list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
t("dropwhile", lambda: list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = itertools.tee(iter([1, 2, 3]))
t("tee", lambda: (next(a), list(b), list(a)))
t("tee n", lambda: [list(x) for x in itertools.tee("ab", 3)])
t("tee 0", lambda: itertools.tee("ab", 0))
t("tee neg", lambda: itertools.tee("ab", -1))
t("compress", lambda: list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
t("filterfalse", lambda: list(itertools.filterfalse(None, [0, 1, "", "a"])))
t("pairwise", lambda: list(itertools.pairwise("abcd")))
t("count type", lambda: itertools.count("a"))
t("chain noniter", lambda: list(itertools.chain(1)))
t("product noniter", lambda: itertools.product(1))
t("starmap bad", lambda: list(itertools.starmap(pow, [1])))

# operator
t("itemgetter", lambda: (operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.itemgetter("k")({"k": 9})))
t("attrgetter", lambda: (operator.attrgetter("real")(3), operator.attrgetter("real", "imag")(3),
                         operator.attrgetter("__class__.__name__")(3)))
t("methodcaller", lambda: (operator.methodcaller("split", ",")("a,b"), operator.methodcaller("replace", "a", b="c")))
t("methodcaller2", lambda: operator.methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
t("ops", lambda: (operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2),
                  operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5),
                  operator.abs(-3), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2),
                  operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth([]),
                  operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(3, 2),
                  operator.ge(1, 2), operator.is_(None, None), operator.is_not(1, None), operator.contains("abc", "b"),
                  operator.concat([1], [2]), operator.getitem([1, 2], 1), operator.index(5), operator.countOf([1, 1, 2], 1),
                  operator.indexOf([1, 2], 2), callable(operator.matmul)))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
t("setitem", lambda: lst)
t("iadd", lambda: (operator.iadd([1], [2]), operator.iadd(1, 2), operator.imul("a", 2)))
t("indexOf missing", lambda: operator.indexOf([1], 5))
t("concat bad", lambda: operator.concat(1, 2))
t("length_hint", lambda: (operator.length_hint([1, 2]), operator.length_hint(5, 7)))
t("itemgetter repr", lambda: repr(operator.itemgetter(1, "a")))
t("attrgetter missing", lambda: operator.attrgetter("nope")(1))
t("itemgetter missing", lambda: operator.itemgetter(5)([]))
t("dunder", lambda: (operator.__add__(1, 2), operator.__getitem__("ab", 0)))

# heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
t("heap", lambda: h)
t("heappop", lambda: [heapq.heappop(h) for _ in range(3)])
t("heappushpop", lambda: (heapq.heappushpop(h, 0), heapq.heappushpop(h, 100), h))
t("heapreplace", lambda: (heapq.heapreplace(h, 4), h))
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data)
t("heapify", lambda: data)
t("nlargest", lambda: (heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nlargest(3, "hello", key=ord), heapq.nlargest(0, [1])))
t("nsmallest", lambda: (heapq.nsmallest(2, [5, 1, 9, 3]), heapq.nsmallest(10, [3, 1]),
                        heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")], key=lambda x: x[0])))
t("merge", lambda: list(heapq.merge([1, 4, 7], [2, 5], [0, 9])))
t("merge key rev", lambda: list(heapq.merge([7, 4, 1], [5, 2], key=lambda x: x, reverse=True)))
t("heappop empty", lambda: heapq.heappop([]))
t("heapreplace empty", lambda: heapq.heapreplace([], 1))
t("heap tuples", lambda: (lambda hh: [heapq.heappop(hh) for _ in range(3)])(
    (lambda hh: (heapq.heapify(hh), hh)[1])([(2, "b"), (1, "z"), (1, "a")])))
t("heap mixed", lambda: heapq.heapify([1, "a"]))
t("heapify bad", lambda: heapq.heapify((1, 2)))
t("stable nsmallest", lambda: heapq.nsmallest(3, [(1, i) for i in range(5)], key=lambda x: x[0]))

# bisect
xs = [1, 2, 2, 2, 5, 8]
t("bisect", lambda: (bisect.bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect(xs, 2), bisect.bisect(xs, 0),
                     bisect.bisect(xs, 100)))
t("bisect lohi", lambda: (bisect.bisect_left(xs, 2, 2), bisect.bisect_right(xs, 2, 0, 2), bisect.bisect_left(xs, 5, hi=3)))
t("bisect key", lambda: bisect.bisect_left([("a", 1), ("b", 5)], 3, key=lambda p: p[1]))
ys = [1, 3]
bisect.insort(ys, 2)
bisect.insort_left(ys, 3)
bisect.insort_right(ys, 0)
bisect.insort(ys, 10, lo=2)
t("insort", lambda: ys)
t("insort key", lambda: (lambda zs: (bisect.insort(zs, ("c", 2), key=lambda p: p[1]), zs)[1])([("a", 1), ("b", 3)]))
t("bisect neg lo", lambda: bisect.bisect_left(xs, 1, -1))
t("bisect bad", lambda: bisect.bisect_left(5, 1))
t("bisect cmp err", lambda: bisect.bisect_left([1, 2], "a"))
