# Hot call sites seeing different argument types, arities and rebinding
def add(a, b):
    return a + b
inputs = [(1, 2), (1.5, 2), ("a", "b"), ([1], [2]), ((1,), (2,)), (2 ** 80, 1), (True, True)]
out = []
for rnd in range(300):
    for a, b in inputs:
        r = add(a, b)
        if rnd == 299:
            out.append(r)
print(out)
def kw(a, b=10, *args, c=5, **rest):
    return a + b + c + sum(args) + sum(rest.values())
t = 0
for i in range(2000):
    if i % 4 == 0:
        t += kw(i)
    elif i % 4 == 1:
        t += kw(i, 1)
    elif i % 4 == 2:
        t += kw(i, 1, 2, 3, c=0)
    else:
        t += kw(a=i, z=7)
print(t)
class A:
    def value(self):
        return 1
class B(A):
    def value(self):
        return 2
class C:
    def value(self):
        return 3
objs = [A(), B(), C()] * 400
total = 0
for i, o in enumerate(objs):
    if i == 600:
        A.value = lambda self: 100
    total += o.value()
print(total)
def make(n):
    return lambda x: x * n
fns = [make(i) for i in range(10)]
s = 0
for rep in range(500):
    for fn in fns:
        s += fn(rep)
print(s)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
for _ in range(1234):
    counter()
print(counter.calls)
g = len
acc = 0
for i in range(1000):
    if i == 500:
        g = lambda x: -1
    acc += g("abc")
print(acc)
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
print([rec(i) for i in range(20)])
def varargs(*a):
    return len(a)
print(sum(varargs(*range(i % 7)) for i in range(1000)))
