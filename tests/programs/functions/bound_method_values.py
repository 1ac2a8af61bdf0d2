# Bound methods called as values: positional and keyword arguments,
# defaults, *args/**kwargs, wrong argument counts, generators, recursion
# through a stored bound method, and methods stored in containers.

class Counter:
    def __init__(self, start=0):
        self.n = start

    def add(self, k=1, *, times=1):
        self.n += k * times
        return self.n

    def many(self, *args, **kwargs):
        return (self.n, args, sorted(kwargs.items()))

    def countdown(self, k):
        if k == 0:
            return [self.n]
        step = self.countdown
        return [k] + step(k - 1)

    def gen(self, k):
        for i in range(k):
            yield self.n + i


c = Counter(10)
add = c.add
print(add(), add(5), add(k=2), add(3, times=2))
print(c.many(1, 2, x=3))
m = c.many
print(m(), m(*[4, 5], **{"y": 6}))
print(c.countdown(5))
g = c.gen
print(list(g(3)))

try:
    add(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    add(nope=1)
except TypeError as e:
    print("TypeError:", e)

ops = [c.add, Counter(100).add, len]
print([f(2) if f is not len else f([1, 2]) for f in ops])

handlers = {"inc": c.add}
for _ in range(3):
    handlers["inc"]()
print(c.n)


class Node:
    def __init__(self, kids):
        self.kids = kids

    def size(self):
        return 1 + sum(map(Node.size, self.kids))


print(Node([Node([]), Node([Node([])])]).size())
total = 0
fs = [Counter(i).add for i in range(100)]
for f in fs:
    total += f(1)
print(total)
