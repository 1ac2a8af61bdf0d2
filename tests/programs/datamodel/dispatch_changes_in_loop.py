# Operator and attribute dispatch that changes while a loop is running
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self):
        return f"Num({self.v})"
acc = Num(0)
for i in range(2000):
    if i == 1000:
        Num.__add__ = lambda self, other: Num(self.v - (other.v if isinstance(other, Num) else other))
    acc = acc + 1
print(acc)
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
b = Box([1, 2, 3])
total = 0
for i in range(3000):
    if i == 1500:
        Box.__len__ = lambda self: 10
    total += len(b)
print(total)
class Flag:
    def __bool__(self):
        return True
f = Flag()
count = 0
for i in range(1000):
    if i == 400:
        Flag.__bool__ = lambda self: False
    if f:
        count += 1
print(count)
class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
hits = 0
keys = [Eq(i % 10) for i in range(2000)]
for i, k in enumerate(keys):
    if i == 1000:
        Eq.__eq__ = lambda self, other: False
    if k == Eq(3):
        hits += 1
print(hits)
class Attr:
    x = 1
a = Attr()
s = 0
for i in range(1000):
    if i == 300:
        a.x = 10
    if i == 600:
        del a.x
    if i == 800:
        Attr.x = 100
    s += a.x
print(s)
class Sub(Attr):
    pass
sb = Sub()
s2 = 0
for i in range(500):
    if i == 250:
        Sub.x = -1
    s2 += sb.x
print(s2)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 1500:
            raise StopIteration
        if self.n == 1000:
            It.__next__ = stop_now
        return self.n
def stop_now(self):
    raise StopIteration
print(sum(It()))
