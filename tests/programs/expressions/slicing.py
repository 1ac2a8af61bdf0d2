# Slicing with steps and negative indices
s = "abcdefghij"
lst = list(range(10))
t = tuple(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], s[10:], repr(s[10:10]))
print(lst[::3], lst[9:0:-3], lst[::-4], lst[-2::-3], lst[:-11:-1])
print(t[1:4], t[::-1][:3], type(t[1:2]).__name__)
print(b"hello"[1:4], b"hello"[::-1], bytearray(b"abc")[::2])
r = range(0, 20, 3)
print(r[2:5], r[::-1], list(r[::2]), r[-2], r[1:-1])
print(s[None:None:None], s[None:3], s[slice(2, 6, 2)], lst[slice(3)])
sl = slice(1, 8, 3)
print(sl.start, sl.stop, sl.step, sl, s[sl])
print(slice(5), slice(None, None, -1), slice(1, 2).indices(10), slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10), slice(0, 100, 2).indices(7))
for i in [0, -1, 9, -10]:
    print(i, s[i], lst[i])
for i in [10, -11]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(lst[i])
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(t[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s[1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s["a":])
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], lst[False:True])
copy = lst[:]
print(copy == lst, copy is lst)
print("😀ab"[::-1], "héllo"[1:3])
n = 2 ** 70
print(s[-n:n], lst[n:], s[::n])
class Idx:
    def __index__(self):
        return 3
print(s[Idx()], lst[Idx():], s[:Idx()])
