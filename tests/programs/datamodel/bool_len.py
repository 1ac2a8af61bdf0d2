# __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
class Both:
    def __bool__(self):
        print("  __bool__ preferred")
        return True
    def __len__(self):
        print("  __len__ not used for truth")
        return 0
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(5)), len(L(3)))
print(bool(Both()), len(Both()))
print(not B(False), B(True) and "x", L(0) or "fallback")
if L(2):
    print("L(2) truthy")
while B(False):
    pass
print([x for x in [L(0), L(1)] if x].__len__())
class NoBoolNoLen:
    pass
print(bool(NoBoolNoLen()))
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class BoolReturnsInt:
    def __bool__(self):
        return 1
try:
    bool(BoolReturnsInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(NoBoolNoLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolLen(int):
    pass
class ReturnsBoolSubclass:
    def __len__(self):
        return True
print(len(ReturnsBoolSubclass()))
class Inherit(L):
    pass
print(bool(Inherit(0)))
class Dyn:
    pass
d = Dyn()
d.__bool__ = lambda: False
print(bool(d))
Dyn.__bool__ = lambda self: False
print(bool(d))
