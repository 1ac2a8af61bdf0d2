# `in`, slicing giving ranges, equality, reversed.
r = range(0, 20, 3)
for v in [0, 3, 4, 18, 20, 21, -3, 3.0, 4.5, True]:
    print(v, v in r, v not in r)
print("a" in range(3), None in range(3), 10**25 in range(10**26), 10**25 + 1 in range(0, 10**26, 2))
print(r[1:4], r[::-1], r[::2], r[-2:], r[100:], r[2:1], r[::-3], list(r[1::2]))
print(range(10)[3:7], range(10)[::-1], range(10, 0, -1)[2:5], range(10)[-3:-1], range(10)[5:2:-1])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1, 2) == range(1, 2, 5))
print(range(3) == [0, 1, 2], range(3) != range(4), range(0, -1) == range(10, 5))
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
rev = reversed(range(1, 4))
print(next(rev), next(rev), next(rev), next(rev, "stop"))
it = iter(range(3))
print(next(it), list(it), list(it))
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
try:
    range(3)[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) + range(2)
except TypeError as e:
    print(type(e).__name__, e)
print([i for i in range(10) if i in range(3, 6)], len(range(0, 10, 3)[1:]), range(0, 10, 3)[1:].start)
