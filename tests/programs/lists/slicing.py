# Slicing reads.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[100:], a[-100:2], a[5:5], a[:0], a[None:None:-1], a[slice(1, 9, 3)])
for start in [None, -12, -3, 0, 4, 12]:
    print(start, [a[start:stop:step] for stop in [None, -2, 6] for step in [None, 2, -2]])
c = a[:]
c[0] = 99
print(a[0], c[0], a[:] == a, a[:] is a)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5:2]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[-True], a[0:True])
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in nested], nested[1][::-1], nested[::-1][0], nested[-1][-1], [r[:2] for r in nested[1:]])
