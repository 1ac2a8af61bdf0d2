# reversed() and sorted().
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
print(list(reversed([])), "".join(reversed("hello")), list(reversed(b"ab")), list(reversed({"x": 1}.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
class Rev:
    def __reversed__(self):
        return iter([9, 8, 7])
print(list(reversed(Seq())), list(reversed(Rev())))
for bad in [{1, 2}, 5, iter([1]), (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "end"))
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted([]), sorted(range(3), reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted(["a", "B", "c"], key=str.lower, reverse=True), sorted([(1, 2), (1, 1)], key=lambda t: t[1]))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
lst = [3, 1, 2]
s = sorted(lst)
print(lst, s, s is lst)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([0.5, -1, 2**70, True, 3.25]), sorted([[], [0], [-1, 5]]), sorted([b"b", b"a"]))
