# frozenset behaviour, hashability, mixing with set.
f = frozenset([3, 1, 2])
print(f, repr(frozenset()), len(f), 2 in f, type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
s = {1, 2}
print(type(s | f).__name__, type(f | s).__name__, s | f, f & s)
print(f.union([9]), f.intersection({1}), f.difference(g), f.symmetric_difference(g), f.issubset({1, 2, 3, 4}), f.copy() == f)
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])))
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(nested), sorted(sorted(x) for x in nested))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), {frozenset([1])} == {frozenset([1])})
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
ff = frozenset(frozenset([i]) for i in range(3))
print(len(ff), frozenset([1]) in ff, frozenset([5]) in ff, {1} in ff)
x = f
x |= {10}
print(f, x, x is f, type(x).__name__)
print(frozenset("abc") == frozenset("cba"), sorted(frozenset("hello")))
print(frozenset(range(5)), frozenset([-1, -2]), frozenset([frozenset()]))
