# super() zero-argument and two-argument forms
class Base:
    def __init__(self, x):
        self.x = x
    def value(self):
        return self.x
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper():
        return "base helper"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def value(self):
        return super().value() * 10 + self.y
    @classmethod
    def make(cls, v):
        return "child make " + cls.__name__
    @classmethod
    def make2(cls, v):
        return super().make.__name__, super(Child, cls).helper()
    def explicit(self):
        return super(Child, self).value()
    def helper_call(self):
        return super().helper()
class GrandChild(Child):
    def __init__(self):
        super(Child, self).__init__(100)
        self.y = 0
    def value(self):
        return super(Child, self).value()
c = Child(2, 3)
print(c.value(), c.explicit(), c.helper_call(), Child.make(1), Child.make2(1))
g = GrandChild()
print(g.x, g.y, g.value())
class Counter:
    def __init__(self):
        self.log = []
    def add(self, v):
        self.log.append(v)
        return self
class Doubler(Counter):
    def add(self, v):
        return super().add(v * 2)
class Tripler(Doubler):
    def add(self, v):
        return super().add(v * 3)
print(Tripler().add(1).add(2).log)
sup = super(Tripler, Tripler())
print(type(sup).__name__)
class WithCM(Base):
    @classmethod
    def make(cls, v):
        inst = super().make(v + 1)
        return type(inst).__name__, inst.x
print(WithCM.make(5))
class Prop(Base):
    @property
    def doubled(self):
        return super().value() * 2
print(Prop(4).doubled)
def outside(self):
    return super(Child, self).value()
print(outside(Child(7, 0)))
try:
    super(Child, Base(1)).value()
except TypeError as e:
    print(type(e).__name__, e)
class Lazy(Base):
    def value(self):
        f = lambda: super(Lazy, self).value()
        return f() + 1
print(Lazy(9).value())
class Attr(Base):
    def missing(self):
        return super().nope
try:
    Attr(1).missing()
except AttributeError as e:
    print(type(e).__name__, e)
class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(Str("abc").upper())
