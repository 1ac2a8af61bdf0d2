# range() and slice() as builtins: argument handling and errors.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))), range(True), [0, 1, 2, 3][slice(Idx(1), Idx(3))])
print(slice(Idx(1)).stop.v, "abcdef"[slice(Idx(1), None, Idx(2))])
for args in [(), (1, 2, 3, 4), (1.0,), (None,), (1, 2, 0)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(3).start = 1
except AttributeError as e:
    print(type(e).__name__, e)
r = range(5)
print(r == range(0, 5), r is not range(5), type(r).__name__, type(slice(1)).__name__)
print(range(0, 10, 2)[slice(1, 3)], list(range(10))[slice(None, None, 3)], slice(1, 5, 2).indices(3))
print(isinstance(range(1), range), isinstance(slice(1), slice), callable(range), callable(slice))
