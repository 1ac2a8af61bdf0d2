# Builtins on dicts and dict iteration.
d = {"b": 2, "a": 1, "c": 3}
print(len(d), list(d), sorted(d), max(d), min(d), sum(d.values()), any(d), all(d), list(reversed(d)))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True), list(enumerate(d)), list(zip(d, d.values())))
print(list(map(d.get, ["a", "z"])), [k for k in d if d[k] > 1], {k: d[k] for k in sorted(d)})
for k, v in d.items():
    print(k, "->", v)
print(isinstance(d, dict), type(d) is dict, dict.__name__, d.__len__(), d.__contains__("a"), d.__getitem__("c"))
print(iter(d).__next__(), next(iter(d.values())), next(iter(d.items())))
print(list(iter({})), dict(sorted(d.items())), str(d), repr({}))
e = dict(d)
e["z"] = 26
print(d == e, len(e), e)
try:
    d.nothing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    d()
except TypeError as err:
    print(type(err).__name__, err)
try:
    hash({})
except TypeError as err:
    print(type(err).__name__, err)
print(d.get("a") is not None, "get" in dir(d), sorted(k for k in dir({}) if not k.startswith("_")))
