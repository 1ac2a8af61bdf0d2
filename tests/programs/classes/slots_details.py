# __slots__ details: member descriptors, declaration errors, lay-out rules, mangling.
class P:
    __slots__ = ("x", "__y")
    def __init__(self):
        self.x = 1
        self.__y = 2
    def gy(self):
        return self.__y
p = P()
print(P.x, type(P.x).__name__, P._P__y, p.gy(), P.x.__get__(p), P.x.__name__)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
try:
    del p.x
    del p.x
except AttributeError as e:
    print(repr(e))
for bad in [(1,), ("a b",), ("__dict__", "__dict__")]:
    try:
        class Q:
            __slots__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class R:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class M: 
    __slots__ = ()
class C2(A, M):
    __slots__ = ("c",)
c = C2(); c.a = 1; c.c = 3
print(c.a, c.c, hasattr(c, "__dict__"))
try:
    class I(int):
        __slots__ = ("q",)
except TypeError as e:
    print(e)
class S(str):
    __slots__ = ("q",)
s = S("hi"); s.q = 5
print(s, s.q)
class W:
    __slots__ = ("__dict__",)
w = W(); w.k = 1
print(w.__dict__, vars(w))
print([n for n in dir(p) if not n.startswith("__")], sorted(P.__dict__.keys()))
# The same attribute instructions on slotted instances, set and unset.
class Pt:
    __slots__ = ("a", "b")
def touch(objs):
    out = []
    for o in objs:
        try:
            out.append(o.a)
        except AttributeError as e:
            out.append(str(e))
        o.b = len(out)
    return out
x, y = Pt(), Pt()
x.a = 1
print(touch([x, y, x, y]), x.b, y.b)
del x.a
print(touch([x, x]))
class Pt2(Pt):
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 10)
z = Pt2()
z.a = 1
print(touch([z, z, x]), z.b, x.b)
