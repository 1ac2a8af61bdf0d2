"""Slices read and written without a slice object (BINARY_SLICE / STORE_SLICE):
built-in sequences with int/None bounds, and every case that must still go
through a real slice object (user __getitem__/__setitem__, __index__ bounds,
subclasses, errors)."""
a = list(range(10))
print(a[2:5], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2], a[3:3], a[5:2])
t = tuple(a); print(t[1:4], t[::3])
s = "héllo wörld"; print(s[1:4], s[::-1], s[-5:], s[2:3], s[::2])
b = b"abcdef"; print(b[1:3], b[::-1]); ba = bytearray(b"xyz"); print(ba[1:])
a[2:5] = "xy"; print(a)
a[::2] = range(len(a[::2])); print(a)
a[:] = a; print(a)
try:
    a[::2] = [1]
except ValueError as e: print(e)
try:
    a[1:2] = 5
except TypeError as e: print(e)
try:
    print(a[::0])
except ValueError as e: print(e)
try:
    print(a[1.5:2])
except TypeError as e: print(e)
class I:
    def __index__(self): return 2
print(a[I():5], a[True:3])
class G:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
g = G(); print(g[1:2], g[::3], g[1:2:3], g["a":])
g[1:2] = 5
class L(list): pass
l = L([1,2,3]); print(l[1:], type(l[1:]))
l[0:1] = [9, 9]; print(l)
x = [1,2,3]; x[1:2] += [7]; print(x)
print(s[2**70:], a[-2**70:2])
d = {}; 
try: d[1:2]
except TypeError as e: print(e)
n = None
try: n[1:2]
except TypeError as e: print(e)
import sys
print([c for c in "ab"][0:1])
