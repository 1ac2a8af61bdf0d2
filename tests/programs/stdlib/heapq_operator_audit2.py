"""heapq, bisect and operator round 2: argument errors, stability, custom comparisons, reprs."""
import bisect
import heapq
import operator


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


h = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heapq.heappush(h, Rev(v))
t("custom lt heap", lambda: [heapq.heappop(h) for _ in range(4)])
t("heappush tuple", lambda: heapq.heappush((), 1))
t("heappush none", lambda: heapq.heappush(None, 1))
t("heappop tuple", lambda: heapq.heappop((1,)))
t("heapify str", lambda: heapq.heapify("abc"))
t("nlargest key ties", lambda: heapq.nlargest(3, ["bb", "a", "cc", "dd", "e"], key=len))
t("nsmallest key ties", lambda: heapq.nsmallest(3, ["bb", "a", "cc", "dd", "e"], key=len))
t("nlargest n neg", lambda: (heapq.nlargest(-1, [1, 2]), heapq.nsmallest(-5, [1])))
t("nlargest iter", lambda: heapq.nlargest(2, iter([5, 1, 7, 3])))
t("nlargest 1", lambda: (heapq.nlargest(1, [2, 9, 4]), heapq.nsmallest(1, [2, 9, 4], key=lambda x: -x)))
t("merge empty", lambda: (list(heapq.merge()), list(heapq.merge([], [1]))))
t("merge stable", lambda: list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
t("merge strings", lambda: "".join(heapq.merge("adg", "beh", "cfi")))
t("heap invariants", lambda: (lambda xs: (heapq.heapify(xs), all(xs[i] <= xs[c] for i in range(len(xs)) for c in (2 * i + 1, 2 * i + 2) if c < len(xs)))[1])(list(range(50, 0, -3))))
t("heapreplace order", lambda: (lambda xs: (heapq.heapreplace(xs, 0), xs))([1, 2, 3]))
t("heappushpop small", lambda: (lambda xs: (heapq.heappushpop(xs, 0), xs))([1, 2, 3]))
t("bisect custom", lambda: bisect.bisect([Rev(5), Rev(3), Rev(1)], Rev(4)))
t("bisect lo neg", lambda: bisect.bisect_right([1, 2], 1, lo=-1))
t("bisect hi big", lambda: bisect.bisect_left([1, 2], 5, hi=10))
t("bisect key none", lambda: bisect.bisect_left([1, 2, 3], 2, key=None))
t("insort key", lambda: (lambda xs: (bisect.insort_left(xs, ("b", 2), key=lambda p: p[1]), xs)[1])([("a", 1), ("c", 2)]))
t("insort tuple", lambda: bisect.insort((1, 2), 3))
t("bisect str", lambda: bisect.bisect("acegi", "f"))
t("itemgetter slice", lambda: (operator.itemgetter(slice(1, 3))("abcd"), operator.itemgetter(-1, 0)([1, 2, 3])))
t("itemgetter dict", lambda: operator.itemgetter("a", "b")({"a": 1, "b": 2}))
t("itemgetter no args", lambda: operator.itemgetter())
t("attrgetter nested", lambda: operator.attrgetter("real.numerator", "imag")(5))
t("attrgetter bad", lambda: operator.attrgetter(5))
t("attrgetter repr", lambda: (repr(operator.attrgetter("a.b")), repr(operator.attrgetter("a", "b"))))
t("methodcaller repr", lambda: (repr(operator.methodcaller("f")), repr(operator.methodcaller("f", 1, k=2))))
t("methodcaller bad", lambda: operator.methodcaller(5))
t("methodcaller missing", lambda: operator.methodcaller("nope")(1))
t("call", lambda: operator.call(max, 1, 5, key=lambda x: -x))
t("index bad", lambda: operator.index(1.5))
t("truth", lambda: (operator.truth(0), operator.truth([1]), operator.not_(None)))
t("inplace", lambda: (lambda xs: (operator.iconcat(xs, [2]), xs))([1]))
t("iconcat bad", lambda: operator.iconcat(1, [2]))
t("setitem slice", lambda: (lambda xs: (operator.setitem(xs, slice(0, 2), [9]), xs))([1, 2, 3]))
t("delitem missing", lambda: operator.delitem({}, "k"))
t("countOf eq", lambda: operator.countOf([1, 1.0, True, "1"], 1))
t("indexOf iter", lambda: operator.indexOf(iter("abc"), "c"))
t("pow mod", lambda: (operator.pow(2, 10), operator.pow(2, -1)))
t("abs str", lambda: operator.abs("x"))
t("neg str", lambda: operator.neg("x"))
t("lt mixed", lambda: operator.lt(1, "a"))
t("length_hint custom", lambda: operator.length_hint(type("L", (), {"__length_hint__": lambda self: 7})()))
t("length_hint bad", lambda: operator.length_hint(type("L", (), {"__length_hint__": lambda self: -1})()))
