# Multiple inheritance and C3 method resolution order
def mro(cls):
    return [c.__name__ for c in cls.__mro__]
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(mro(D), D().who())
class E(C, B):
    pass
print(mro(E), E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(mro(M))
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(F, G): pass
class J(G, H): pass
class L(I, J): pass
print(mro(L))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Mixin:
    def greet(self):
        return "mixin greet for " + self.name
class Named:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "named greet"
class Both(Mixin, Named):
    pass
class Both2(Named, Mixin):
    pass
print(Both("x").greet(), Both2("y").greet(), mro(Both))
class P1:
    attr = "p1"
class P2:
    attr = "p2"
    only2 = "only in p2"
class Child(P1, P2):
    pass
print(Child.attr, Child.only2)
print(D.__bases__ == (B, C), [b.__name__ for b in E.__bases__])
print(issubclass(D, C), isinstance(D(), A), issubclass(M, Z))
class Init1:
    def __init__(self):
        print("  Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("  Init2")
        super().__init__()
class InitBoth(Init1, Init2):
    def __init__(self):
        print("  InitBoth")
        super().__init__()
InitBoth()
print(mro(InitBoth), mro(bool), mro(int))
