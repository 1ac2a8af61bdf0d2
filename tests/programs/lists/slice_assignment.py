# Slice assignment incl. extended slices and deletion.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[0:0] = [-1, -2]
print(a)
a[-1:] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1::3] = "wxyz"
print(a)
a[:] = (1, 2, 3)
print(a)
a[1:2] = range(5)
print(a)
a[5:1] = ["ins"]
print(a)
a[::-1] = list(range(len(a)))
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b = list(range(12))
del b[1:3]
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
del b[::-1]
print(b)
c = list(range(10))
del c[100:]
del c[5:2]
print(c)
c[2] = "two"
c[-1] = "last"
print(c)
try:
    c[20] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del c[20]
except IndexError as e:
    print(type(e).__name__, e)
del c[0], c[0]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [1, 2, 3, 4, 5]
e[1:4:2] = ["b", "d"]
print(e)
e[-1:-6:-2] = "XYZ"
print(e)
f = [0] * 5
f[::1] = [1]
print(f)
