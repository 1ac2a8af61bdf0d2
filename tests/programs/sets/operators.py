# Set operators and in-place forms.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3), [2, 3]), a.difference([1], {2}), a.symmetric_difference(range(4)))
print(a <= b, a < b, {4, 5} <= b, {4, 5} < b, b <= b, b < b, b >= {6}, b > {6, 7}, b > b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint([5]))
print(a == {5, 4, 3, 2, 1}, a != b, a == frozenset(a), {1} == [1])
c = set(a)
c |= {9}
print(c)
c &= {1, 2, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
d = set(a)
d.update([20], (21,))
print(d)
d.intersection_update(range(0, 30, 2))
print(d)
d.difference_update({2})
print(d)
d.symmetric_difference_update({4, 99})
print(d)
for op in [lambda: a | [1], lambda: a & "x", lambda: a - 1, lambda: a ^ (1,), lambda: a < [1]]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
e = a
e |= {0}
print(a is e, a)
print(set() | set(), set() & {1}, {1} - set(), set() ^ set())
