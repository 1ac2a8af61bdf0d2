# dict, list, tuple, set, frozenset constructors.
def gen():
    yield 3
    yield 1
    yield 3
print(list(), list("ab"), list(gen()), list(range(2)), list({1: 2}), list(b"hi"))
print(tuple(), tuple([1, 2]), tuple(gen()), tuple("x"))
print(set(), set([3, 3, 1]), set(gen()), set(range(4)), frozenset(), frozenset(gen()), frozenset("aa"))
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([(1, 2)], **{"k": 3}))
print(dict(((1, "one"), [2, "two"], "xy")))
for ctor, arg in [(list, 5), (tuple, None), (set, 1.5), (frozenset, 3), (dict, 7), (dict, ["ab", "c"]), (dict, [(1,)])]:
    try:
        print(ctor(arg))
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__, e)
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, list(a) is a, tuple(t := (1, 2)) is t)
print(type(list()).__name__, type(dict()).__name__, isinstance(frozenset(), frozenset))
