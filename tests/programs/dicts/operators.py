# | and |= merging, equality, in.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
try:
    print(a | [("q", 1)])
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {1: 2.0}, {1: 2} == [(1, 2)])
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print(type(e).__name__, e)
print(1 in {1: 2}, 2 in {1: 2}, "x" in {"x": None}, None in {None: 1})
print({**a, "new": 1}, {**{}, **{1: 1}}, {"k": 0, **{"k": 1}}, dict(a, extra=5), dict(**{"s": 1}))
print(dict(), dict([(1, 2)]), dict(x=1, y=2), dict(zip("ab", range(2))), dict({1: 1}), dict([[3, 4]]))
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
print(len({1: 1, 1.0: 2, True: 3}), {1: 1, 1.0: 2, True: 3})
