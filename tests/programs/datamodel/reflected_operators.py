# Reflected (__r*__) operators and dispatch order
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __radd__(self, o):
        return f"radd({o!r}, {self!r})"
    def __rsub__(self, o):
        return f"rsub({o!r}, {self!r})"
    def __rmul__(self, o):
        return f"rmul({o!r}, {self!r})"
    def __rtruediv__(self, o):
        return f"rtruediv({o!r}, {self!r})"
    def __rfloordiv__(self, o):
        return f"rfloordiv({o!r}, {self!r})"
    def __rmod__(self, o):
        return f"rmod({o!r}, {self!r})"
    def __rpow__(self, o):
        return f"rpow({o!r}, {self!r})"
    def __rlshift__(self, o):
        return f"rlshift({o!r}, {self!r})"
    def __rrshift__(self, o):
        return f"rrshift({o!r}, {self!r})"
    def __rand__(self, o):
        return f"rand({o!r}, {self!r})"
    def __ror__(self, o):
        return f"ror({o!r}, {self!r})"
    def __rxor__(self, o):
        return f"rxor({o!r}, {self!r})"
    def __rdivmod__(self, o):
        return f"rdivmod({o!r}, {self!r})"
r = R("r")
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r, 6 % r, 7 ** r)
print(8 << r, 9 >> r, 10 & r, 11 | r, 12 ^ r, divmod(13, r))
print("s" + r, [1] * r, (1,) + r, 1.5 - r, True * r)
class L:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, o):
        print(f"  {self!r}.__add__({o!r})")
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self!r}.__radd__({o!r})")
        return f"{o!r}+{self!r} via radd"
try:
    print(L("a") + L("b"))
except TypeError as e:
    print("same type: __radd__ not tried:", type(e).__name__, e)
class Sub(L):
    def __radd__(self, o):
        print(f"  {self!r}.__radd__ (subclass, tried first)")
        return "subclass radd wins"
print(L("base") + Sub("sub"))
class SubNoOverride(L):
    pass
print(L("base2") + SubNoOverride("sub2"))
class NoRadd:
    def __repr__(self):
        return "NoRadd()"
try:
    L("x") + NoRadd()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoRadd() + L("y")
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __add__(self, o):
        return "Both.__add__"
    def __radd__(self, o):
        return "Both.__radd__"
print(Both() + Both(), 1 + Both(), Both() + 1)
class IntLike:
    def __init__(self, v):
        self.v = v
    def __rsub__(self, o):
        return o - self.v
    def __rpow__(self, base):
        return base ** self.v
print(10 - IntLike(3), 2 ** IntLike(10), pow(3, IntLike(2)))
