# Builtins applied to lists.
a = [4, -1, 7, 0, 3]
print(len(a), sum(a), max(a), min(a), sorted(a), list(reversed(a)), any(a), all(a))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]), sum([], 10), max([[1, 2], [3]]), min(["b", "ab"]))
print(max(a, key=abs), min(a, key=lambda v: (v % 3, v)), sorted(a, key=lambda v: -v))
print(list(map(lambda v: v * 2, a)), list(filter(None, a)), list(filter(lambda v: v > 0, a)))
print(a.__len__(), a.__getitem__(1), a.__contains__(7), [1, 2].__add__([3]), a.__class__.__name__)
print(isinstance(a, list), type(a) is list, list.__name__, [].__class__ is list)
print(dict(zip(["x", "y"], [1, 2])), tuple(a), set(a) == {0, 3, 4, 7, -1}, str(a), repr(a))
print(enumerate(a).__next__(), list(zip(a, a[1:])), [b - a_ for a_, b in zip(a, a[1:])])
print(a.index(max(a)), a[a.index(min(a))], sum(x * x for x in a), len([x for x in a if x]))
print(list(range(0)), list(reversed([])), sorted([], reverse=True))
