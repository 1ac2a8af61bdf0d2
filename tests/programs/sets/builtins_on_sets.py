# Builtins applied to sets.
s = {5, 3, 9, 1}
print(len(s), sum(s), max(s), min(s), sorted(s), sorted(s, reverse=True), any(s), all(s), all({0, 1}))
print(list(s), tuple(s), list(map(lambda x: x * 2, s)), list(filter(lambda x: x > 2, s)), list(enumerate(s)))
print(sorted(zip(s, s)), set(map(abs, [-1, 1, -2])), isinstance(s, set), isinstance(frozenset(), set))
print(type(s).__name__, set.__name__, frozenset.__name__, s.__len__(), s.__contains__(3))
print(sorted(x for x in dir(set()) if not x.startswith("_")))
print(len(set(range(1000))), sum(set(range(1000))), len(set([1, 1.0, True])), len({0, False, 0.0, -0.0}))
it = iter({7, 8})
print(next(it), next(it), next(it, "done"))
