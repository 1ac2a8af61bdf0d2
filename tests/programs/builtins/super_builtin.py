# super() in both forms, with multiple inheritance.
class A:
    def who(self):
        return ["A"]
    def __init__(self):
        self.trace = ["A.init"]
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("B.init")
class C(A):
    def who(self):
        return ["C"] + super(C, self).who()
    def __init__(self):
        super(C, self).__init__()
        self.trace.append("C.init")
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("D.init")
d = D()
print(d.who(), d.trace, [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
class Base:
    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__
    @staticmethod
    def util():
        return "util"
    @property
    def name(self):
        return "base-name"
class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived -> " + super().create()
    @property
    def name(self):
        return "derived+" + super().name
print(Derived.create(), Derived().name, super(Derived, Derived()).util())
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __len__(self):
        return super().__len__() * 10
s = Str("abc")
print(s, len(s), type(s).__name__)
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(5)
print(l)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class NoParentMeth(A):
    def who(self):
        return super().missing()
try:
    NoParentMeth().who()
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(super(D, d), super), super(D, d).__thisclass__.__name__ if hasattr(super(D, d), "__thisclass__") else "")
