"""Allocation-heavy Python code called back from built-ins (sorted keys,
map/filter lambdas, __repr__ inside repr of a container, generator pipelines):
every callback leaves garbage behind, enough that memory would explode if
nothing were collected while the outer built-in call is still running."""


class Node:
    def __init__(self, v):
        self.v = v
        self.children = [v] * 20

    def __repr__(self):
        parts = [str(c) for c in self.children[:3]]
        return "N(" + ",".join(parts) + ")"


def churn_key(i):
    junk = [Node(j) for j in range(30)]
    return (i * 7919 + len(junk)) % 1000


total = 0
for rnd in range(2):
    r = sorted(range(5000), key=churn_key)
    total += r[0] + r[-1] + len(r)
print("sorted", total)

s = sum(map(lambda x: len([x] * 50 + [str(x) * 3]),
            filter(lambda x: len(list(range(x % 40))) >= 0, range(40000))))
print("map/filter", s)

items = [Node(i) for i in range(3000)]
size = 0
for _ in range(6):
    text = repr(items)
    size += len(text)
print("repr", size, text[:40])

d = {i: Node(i) for i in range(2000)}
for _ in range(4):
    text = str(d)
print("dict repr", len(text))


def gen(n):
    for i in range(n):
        yield [i] * 30


print("max", max(gen(30000), key=lambda l: (sum(l[:5]), str(l[0]))[0])[0])
words = sorted((str(i) * 4 for i in range(15000)), key=lambda w: w[::-1] + "x" * 10)
print("words", words[0], words[-1], len(words))
print("any", any(len([0] * 100) == 0 for _ in range(30000)))
