# list * n, +, +=, *=, comparisons, membership.
a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -1, [] * 5, [[0] * 2] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print(a + [3], a + [], [] + a, a)
b = a
b += [3]
print(a, b, a is b)
b += "xy"
print(a)
b += (9,)
print(a)
c = a
c = c + [0]
print(a, c, a is c)
m = [1]
m *= 3
print(m)
m *= 0
print(m)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * [2])
except TypeError as e:
    print(type(e).__name__, e)
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9]), ([1, [2]], [1, [3]]), ([1.0], [1])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == (1, 2), [] == [], [[]] == [[]], [None] < [None, None])
print(2 in [1, 2], [2] in [1, [2]], 3 not in [1, 2], "a" in ["abc"], 1.0 in [1], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], [nan] == [nan], [nan].count(nan), [nan].index(nan))
print(len([1, [2, 3], []]), bool([]), bool([0]), list() == [])
