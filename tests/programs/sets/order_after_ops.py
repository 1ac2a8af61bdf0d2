# Iteration order after operators and growth/shrink.
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(b | a)
print(b ^ a)
c = set()
for i in range(64, 0, -1):
    c.add(i * 3)
print(c)
for i in range(64, 20, -1):
    c.discard(i * 3)
print(c)
c.update(range(-5, 5))
print(c)
d = {2**k for k in range(70)}
print(d)
e = {k * 1000003 for k in range(12)}
print(e)
f = {-k for k in range(15)}
print(f)
g = set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 100, 200, 300, 400, 500])
g -= {100, 300, 500}
print(g)
g |= {17, 33, 49}
print(g)
print(set(range(8)) | set(range(8, 16)), set([1 << 20, 1 << 21, 3]))
