"""Collection inside callbacks from built-ins, with many live temporaries:
sorted with an allocating key, dict lookups through user __eq__/__hash__,
generators consumed by str.join / list() / sum, a class whose __init__
allocates, map/filter with lambdas, functools.reduce, re.sub with a function
replacement, list.sort with a key, min/max with keys. Every value built by
the callbacks must survive collections run while the built-in is still
working (under PIEPIE_GC_STRESS=1 nearly every safepoint collects)."""
import functools
import re


class Key:
    def __init__(self, n):
        self.n = n
        self.junk = [str(n)] * 3

    def __eq__(self, other):
        tmp = [self.n, other.n, {"a": [self.n]}]
        return tmp[0] == tmp[1]

    def __hash__(self):
        tmp = (self.n % 7, [self.n] * 2, str(self.n))
        return tmp[0]

    def __repr__(self):
        return "Key(" + str(self.n) + "".join(["" for _ in range(3)]) + ")"


def alloc_key(x):
    junk = [[x, str(x)] for _ in range(5)]
    return (str(x % 17) + "-" + junk[0][1], x)


print(sorted(range(60), key=alloc_key)[:12])

d = {}
for i in range(40):
    d[Key(i)] = [i, str(i) * 2]
hits = [d[Key(i)][1] for i in range(0, 40, 3)]
print(hits)
print(Key(5) in d, Key(99) in d)


def words(n):
    for i in range(n):
        s = "w" + str(i) * 2
        yield s.upper()


print(",".join(words(30)))
print(len(list(words(500))), sum(len(w) for w in words(300)))


class Point:
    def __init__(self, x, y):
        self.coords = [x, y, [x * y] * 3]
        self.label = "p" + str(x) + ":" + str(y)

    def __repr__(self):
        return self.label


pts = list(map(lambda i: Point(i, i + 1), range(25)))
print(pts[:6], pts[-1].coords)
evens = list(filter(lambda p: len([c for c in p.coords if c]) % 2 == 1 or p.coords[0] % 2 == 0, pts))
print(len(evens), evens[:4])

total = functools.reduce(lambda acc, p: acc + [p.coords[0] * 2, str(p.label)], pts, [])
print(len(total), total[:6])

text = " ".join("item" + str(i) + "=" + str(i * i) for i in range(40))
out = re.sub(r"(\w+?)(\d+)=(\d+)", lambda m: m.group(1).upper() + "[" + str(int(m.group(3)) + 1) + "]", text)
print(out[:120])

lst = [Point(i % 9, i) for i in range(50)]
lst.sort(key=lambda p: (p.coords[0], [str(p.coords[1])] * 2))
print(lst[:8])
print(min(lst, key=lambda p: str(p.coords[1]) + "x"), max(words(40), key=lambda w: (len(w), w)))
print(dict(zip(words(5), map(lambda i: [i] * 2, range(5)))))
print(sorted({Key(i): i for i in range(20)}.items(), key=lambda kv: -kv[1])[:3])
