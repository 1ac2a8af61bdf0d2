# ranges with big bounds and negative steps: len, index, contains, slicing.
r = range(-(10**20), 10**20, 10**19)
print(r, len(r), r[0], r[-1], r[5], 0 in r, 10**19 in r, 10**19 + 1 in r, r.index(0), r.count(-(10**19)))
print(r[3:7], r[::-2], r[::5], list(r[::7]))
s = range(100, -100, -13)
print(list(s), len(s), s[-1], s.index(9), -95 in s, -96 in s, s[2:5], s[::-1], s[::-1][0])
t = range(2**64, 2**64 + 100, 7)
print(len(t), t[-1] - 2**64, (2**64 + 14) in t, t.index(2**64 + 21), list(t[-3:]))
print(range(0, -10**30, -10**29)[5], range(10**30, 0, -3)[-1], range(10**30, 0, -3)[10**28], 10**29 + 1 in range(10**30, 0, -3))
try:
    print(len(range(10**30, 0, -3)))
except OverflowError as e:
    print(type(e).__name__, e)
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(-10, -20, -3)), list(range(-20, -10, 3)))
print(reversed(range(-5, 5, 3)).__next__(), list(reversed(range(-5, 5, 3))), sum(range(-100, 101)))
