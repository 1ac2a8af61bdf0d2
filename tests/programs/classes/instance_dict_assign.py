# Assigning __dict__, slots with __dict__, copying slotted objects, Unicode error str.
class A:
    pass
a = A()
a.x = 1
a.__dict__ = {"y": 2}
print(a.y, hasattr(a, "x"), vars(a))
class S:
    __slots__ = ("p", "__dict__")
s = S()
s.p = 1
s.q = 2
print(vars(s), s.p)
s.__dict__ = {"r": 3}
print(s.r, s.p, hasattr(s, "q"))
print(sorted(n for n in dir(s) if not n.startswith("__")))
import copy
class C:
    __slots__ = ("u", "v")
    def __init__(self): self.u = [1]; self.v = 2
c2 = copy.copy(C()); c3 = copy.deepcopy(C())
print(c2.u, c2.v, c3.u)
print(repr(S.p), S.p.__objclass__.__name__)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
f.__dict__ = {"tag": 1}
print(f.tag)
