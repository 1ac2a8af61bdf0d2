# bool() and callable().
class Empty:
    pass
class Len0:
    def __len__(self):
        return 0
class Len3:
    def __len__(self):
        return 3
class BoolT:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Call:
    def __call__(self):
        return "called"
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), {}, {0: 0}, set(), None, Empty(), Len0(), Len3(), BoolT(), range(0), range(1), b"", bytearray(1), float("nan")]:
    print(type(v).__name__, bool(v))
print(bool(), bool(True), bool(bool), type(bool(1)).__name__)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
def f():
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(int), callable(Empty), callable(Empty()), callable(Call()))
print(callable(1), callable("s"), callable(None), callable([].append), callable(str.upper), callable(Call))
print(Call()(), not Len0(), not Len3())
