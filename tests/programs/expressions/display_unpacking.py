# Unpacking in list/tuple/set/dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b, 5])
print([*"abc", *range(3)], (*a,), [*[], *()])
print({*"aa", *"b"} == {"a", "b"}, sorted({*"hello"}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "y": 0}, {"y": 0, **d1})
print({**{}, **{}}, {"a": 1, **{"b": 2}, "c": 3})
print({**dict(a=1), **{i: i * i for i in range(3)}})
print([*(x for x in range(3)), *map(str, [1, 2])])
print(*[*a, *b])
t = *a, *b
print(t)
u = *a, 9
print(u)
first, *_ = [*b, *a]
print(first, _)
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({*[[1]]})
except TypeError as e:
    print(type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return "value-of-" + key
print({**KeysOnly()})
print([*{"k1": 1, "k2": 2}], [*{"k1": 1}.values()], [*{"k1": 1}.items()])
nested = [[*a, *b], *[[*a]]]
print(nested)
print(len([*range(100), *range(100)]))
