# slice objects, attributes, repr, equality.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(None, None, -1), slice(1, 2), slice("a", "b", "c"), slice(1.5, [2]))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(0, 1) < slice(0, 2))
lst = list(range(10))
print(lst[s], lst[slice(None, None, -1)], lst[slice(-3, None)], "abcdefghij"[s], (0, 1, 2, 3)[slice(1, 3)])
print(lst[1:10:2] == lst[s], type(s).__name__, isinstance(s, slice))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    lst[slice(0, 5, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[slice("a", 2)]
except TypeError as e:
    print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:], r[:5:-1], r[1:2, 3], r[...], r[:, 1])
lst2 = list(range(8))
lst2[slice(0, 8, 2)] = ["e"] * 4
print(lst2)
del lst2[slice(1, None, 2)]
print(lst2)
