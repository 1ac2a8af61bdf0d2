# Binary arithmetic dunders
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _zip(self, other, op):
        return V(*(op(a, b) for a, b in zip(self.c, other.c)))
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b) if isinstance(o, V) else V(*(a + o for a in self.c))
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    def __truediv__(self, k):
        return V(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))
    def __mod__(self, k):
        return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return V(*(pow(a, k, mod) if mod else a ** k for a in self.c))
    def __divmod__(self, k):
        return self // k, self % k
    def __lshift__(self, k):
        return V(*(a << k for a in self.c))
    def __rshift__(self, k):
        return V(*(a >> k for a in self.c))
    def __and__(self, o):
        return V(*(a & o for a in self.c))
    def __or__(self, o):
        return V(*(a | o for a in self.c))
    def __xor__(self, o):
        return V(*(a ^ o for a in self.c))
a, b = V(1, 2, 3), V(10, 20, 30)
print(a + b, b - a, a + 1, a * 3, b / 4, b // 7, b % 7, a ** 2, pow(a, 3, 5))
print(divmod(b, 7), a << 2, b >> 1, b & 6, a | 8, a ^ 1)
try:
    a * b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    1 - a
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
for expr in ["Plain() + 1", "Plain() * Plain()", "Plain() ** 2", "Plain() // 1", "Plain() % 2", "Plain() << 1", "Plain() & 1", "divmod(Plain(), 1)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
class Str:
    def __init__(self, s):
        self.s = s
    def __add__(self, o):
        return Str(self.s + (o.s if isinstance(o, Str) else str(o)))
    def __mul__(self, n):
        return Str(self.s * n)
    def __mod__(self, args):
        return Str(self.s.replace("%", str(args)))
    def __repr__(self):
        return f"Str({self.s!r})"
print(Str("a") + Str("b") + 1, Str("ab") * 3, Str("x=%") % 5)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"Num({self.v})"
print(sum([Num(1), Num(2), Num(3)]), 5 + Num(1), Num(1) + 5)
