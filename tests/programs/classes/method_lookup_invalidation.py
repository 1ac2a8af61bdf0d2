# Method lookups see every change to a class or any class in its MRO, even
# after the same lookups ran many times (the interpreter caches them).
class Base:
    def greet(self):
        return "base"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

obj = Leaf()
seen = []
for i in range(12):
    if i == 3:
        Mid.greet = lambda self: "mid"
    if i == 5:
        Leaf.greet = lambda self: "leaf"
    if i == 7:
        del Leaf.greet
    if i == 9:
        del Mid.greet
    if i == 10:
        Base.greet = lambda self: "base2"
    if i == 11:
        setattr(Base, "greet", lambda self: "base3")
    seen.append(obj.greet())
print(seen)

# Special methods added after instances exist.
class Num:
    def __init__(self, v):
        self.v = v
a, b = Num(2), Num(3)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
Num.__add__ = lambda self, other: Num(self.v + other.v)
print((a + b).v)
Num.__repr__ = lambda self: "Num(%d)" % self.v
print(repr(a), [a, b])
del Num.__repr__
print(repr(a).startswith("<__main__.Num object"))

# Data descriptors added to a base take precedence over instance attrs.
class P:
    pass
class Q(P):
    pass
q = Q()
q.x = 1
print(q.x)
P.x = property(lambda self: "prop")
print(q.x)
del P.x
print(q.x)

# Many classes created in a loop, each with its own method.
results = []
for i in range(50):
    K = type("K%d" % i, (Base,), {"greet": (lambda j: lambda self: j)(i)})
    results.append(K().greet())
print(sum(results), results[:5])
