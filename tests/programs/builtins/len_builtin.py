# len() of builtins and user classes.
print(len(""), len("héllo"), len("😀"), len(b"\x00\x01"), len([]), len([[], []]), len(()), len({}), len({1: 2}), len(set()), len({1, 1, 2}))
print(len(frozenset("abc")), len(range(10)), len(range(10, 0, -3)), len(bytearray(5)), len({"a": 1}.keys()), len({"a": 1}.items()))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(0)), len(L(7)), len(L(True)))
for bad in [L(-1), L(1.5), L("3"), L(2**70)]:
    try:
        print(len(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [5, None, 1.5, iter([1]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
