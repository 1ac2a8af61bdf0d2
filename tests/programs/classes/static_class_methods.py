# staticmethod and classmethod
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def describe_cls(cls):
        return cls.__name__
    @staticmethod
    def is_valid(topping):
        return topping not in ("pineapple",)
    @staticmethod
    def no_args():
        return "static no args"
m = Pizza.margherita()
print(type(m).__name__, m.toppings, Pizza.count)
print(Pizza.is_valid("ham"), Pizza.is_valid("pineapple"), m.is_valid("x"))
print(Pizza.no_args(), m.no_args(), Pizza.describe_cls(), m.describe_cls())
class Special(Pizza):
    pass
s = Special.margherita()
print(type(s).__name__, Special.describe_cls(), s.describe_cls())
print(type(Pizza.__dict__["is_valid"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
print(type(Pizza.is_valid).__name__, type(Pizza.margherita).__name__)
print(Pizza.margherita.__self__ is Pizza, Special.margherita.__self__ is Special)
def plain(x):
    return x * 2
class Wrap:
    sm = staticmethod(plain)
    cm = classmethod(lambda cls, y: (cls.__name__, y))
print(Wrap.sm(4), Wrap().sm(5), Wrap.cm(1), Wrap().cm(2))
sm = staticmethod(plain)
print(sm.__func__ is plain, callable(sm))
class Factory:
    registry = []
    def __init__(self, v):
        self.v = v
    @classmethod
    def create(cls, *vals):
        objs = [cls(v) for v in vals]
        cls.registry.extend(objs)
        return objs
    @classmethod
    def total(cls):
        return sum(o.v for o in cls.registry)
Factory.create(1, 2, 3)
print(Factory.total(), len(Factory.registry))
class Alt:
    @classmethod
    def from_string(cls, s):
        a, b = s.split("-")
        return cls(int(a), int(b))
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"{type(self).__name__}({self.a}, {self.b})"
class AltSub(Alt):
    pass
print(Alt.from_string("1-2"), AltSub.from_string("3-4"))
class CallViaInstance:
    def regular(self):
        return "regular"
try:
    CallViaInstance.regular()
except TypeError as e:
    print(type(e).__name__, e)
print(CallViaInstance.regular(CallViaInstance()))
