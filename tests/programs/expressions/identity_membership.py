# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, type(None) is type(None), ... is Ellipsis, NotImplemented is NotImplemented)
x = None
print(x is None, x is not None)
print(True is True, bool(1) is True, bool(0) is False)
t = ()
print(type(t) is tuple, type(1) is int, type(True) is bool, type(True) is int)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2])
print("a" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc", "A" in "abc")
print(1 in (1,), 1.0 in [1], True in [1], 0 in [False], "1" in [1])
print("k" in {"k": 1}, 1 in {"k": 1}, ("k", 1) in {"k": 1}.items(), 1 in {"k": 1}.values())
print(3 in {1, 2, 3}, 3 in frozenset([3]), 2 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(10))
print(10 ** 20 in range(10 ** 21), 5.0 in range(10), 5.5 in range(10))
print(b"b" in b"abc", 98 in b"abc", b"" in b"x")
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst)
class Eq:
    def __eq__(self, other):
        print("  __eq__ called")
        return True
e = Eq()
print(e in [1])
print(e in [e])
class Contains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in OnlyGetitem(), 25 in OnlyGetitem())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(5):
        print("  gen", i)
        yield i
g = gen()
print(2 in g)
print(next(g))
