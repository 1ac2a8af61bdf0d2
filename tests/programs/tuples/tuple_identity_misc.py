# Tuples as records, nested tuples, conversions and repr edge cases.
records = [("ann", 31, (1.5, "x")), ("bob", 25, (2.0, "y")), ("cy", 31, (0.5, "z"))]
for name, age, (score, tag) in records:
    print(name, age, score, tag)
print(sorted(records, key=lambda r: (r[1], r[0])), max(records, key=lambda r: r[2][0]))
by_age = {}
for r in records:
    by_age.setdefault(r[1], []).append(r[0])
print(by_age)
t = (1, [2, 3], {"k": (4,)})
print(t, len(t), t[1][0], t[2]["k"][0], repr(t))
print(tuple(x for x in range(0)), (1, 2) + tuple("ab"), tuple(range(3)) * 2, (0,) * 0)
print(((1,),), (((),),), ((1, 2),), (1, (2, (3, (4,)))), repr((None,)), repr(("",)))
nums = tuple(range(10))
print(nums.count(3), nums.index(7), sum(nums[::2]), nums[-3:][::-1], len(nums[5:1]))
print((1, 2, 3) < (1, 2, 4) < (1, 3), (2,) > (1, 99, 99), () < (0,), (1, 2) == tuple([1, 2]))
