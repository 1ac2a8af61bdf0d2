# enumerate and zip.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("abc", start=-1)), list(enumerate([])))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
for i, (a, b) in enumerate(zip("ab", [1, 2]), 1):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip("abc", range(10), [True, False, None])), list(zip()), list(zip([1])))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([1], "a")
except TypeError as e:
    print(type(e).__name__, e)
consumed = []
def src():
    for i in range(5):
        consumed.append(i)
        yield i
print(list(zip(src(), "ab")), consumed)
print(list(enumerate(zip("ab", "cd"))), list(zip(range(3), enumerate("xyz"))))
print(list(enumerate(range(10**20, 10**20 + 2), 2**64)))
