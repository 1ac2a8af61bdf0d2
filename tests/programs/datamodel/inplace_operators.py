# In-place operators (__iadd__ etc.) and their fallbacks
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __isub__(self, o):
        print("  __isub__")
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
a = Acc(10)
alias = a
a += 5
a -= 3
a *= 4
print(a, a is alias)
a //= 5; print(a)
a **= 2; print(a)
a %= 50; print(a)
a <<= 3; print(a)
a >>= 1; print(a)
a &= 0xF0; print(a)
a |= 0x0F; print(a)
a ^= 0xFF; print(a)
a /= 4; print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  __add__ fallback")
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
orig = o
o += 1
print(o.v, o is orig, orig.v)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced by return value"
r = ReturnsOther()
r += 1
print(r)
class NotImpl:
    def __iadd__(self, o):
        print("  __iadd__ returns NotImplemented")
        return NotImplemented
    def __add__(self, o):
        print("  __add__ used next")
        return "from __add__"
n = NotImpl()
n += 1
print(n)
class RAddOnly:
    def __radd__(self, o):
        return f"radd got {o}"
x = 5
x += RAddOnly()
print(x)
class Nothing:
    pass
nn = Nothing()
try:
    nn += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    nn -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    nn **= 1
except TypeError as e:
    print(type(e).__name__, e)
class Holder:
    def __init__(self):
        self.acc = Acc(0)
        self.items = [Acc(1)]
h = Holder()
h.acc += 100
h.items[0] += 7
print(h.acc, h.items)
t = (Acc(1),)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
print(t)
