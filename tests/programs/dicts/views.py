# keys / values / items views.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, "z" in k)
d["d"] = 4
print(k, v, it)
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k), sorted(v, reverse=True), [x for x in reversed(k)], list(reversed(it)))
print(k == {"b", "c", "d"}, k & {"b", "x"}, sorted(k | {"x"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(it & {("b", 2)}, sorted(it | {("z", 0)}), k.isdisjoint({"x"}), k.isdisjoint(["b"]))
print(d.keys() == d.keys(), d.items() == {("b", 2), ("c", 3), ("d", 4)}, d.values() == d.values())
print(list(zip(d.keys(), d.values())), dict(d.items()) == d, type(k).__name__, type(v).__name__, type(it).__name__)
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
nums = {1: "x", 2: "y"}
print(nums.keys() | {3}, nums.keys() & [2, 5], nums.keys() - [1])
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr({1: {2: {3: {}}}}.items()))
