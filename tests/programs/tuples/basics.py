# Tuple creation, repr, methods, indexing.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, 2, 4))
print((), (1,), (1, 2), ("a",), ((),), ((1,),), (None,), tuple(), tuple([1]), tuple("ab"), tuple(range(3)))
print(repr((1,)), str(("x",)), repr(((1, 2), (3,))), len(()), type(()).__name__)
single = 5,
print(single, type(single).__name__)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
print(t + (4,), (0,) + t, t * 2, 2 * (1,), () * 5, (1, 2) * 0)
try:
    print(t + [4])
except TypeError as e:
    print(type(e).__name__, e)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
m = ([1], 2)
m[0].append(5)
print(m)
try:
    m[0] += [6]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
print(3 in t, 9 not in t, (1, 2) in [(1, 2)], [1] in ([1],))
