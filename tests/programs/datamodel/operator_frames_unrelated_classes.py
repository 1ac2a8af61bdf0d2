# Operator and comparison methods between instances of unrelated user
# classes, and of a class and its subclass (whose reflected method may go
# first): results, NotImplemented fallbacks and errors.
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Cents):
            return Money(self.v + o.c / 100)
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Cents):
            return self.v * 100 < o.c
        return NotImplemented
    def __eq__(self, o):
        if isinstance(o, Cents):
            return self.v * 100 == o.c
        return NotImplemented
    def __repr__(self):
        return "Money(%r)" % self.v
class Cents:
    def __init__(self, c):
        self.c = c
    def __radd__(self, o):
        return "Cents.__radd__"
    def __gt__(self, o):
        return "Cents.__gt__"
class Other:
    pass
class RichMoney(Money):
    def __radd__(self, o):
        return "RichMoney.__radd__"
    def __gt__(self, o):
        return "RichMoney.__gt__"
print(Money(1) + Cents(50), Money(2) < Cents(150), Money(1) == Cents(100), Money(1) != Cents(5))
print(Money(1) + Money(2) if False else "skip")
try:
    Money(1) + Other()
except TypeError as e:
    print("TypeError", e)
try:
    Money(1) < Other()
except TypeError as e:
    print("TypeError", e)
print(Money(1) == Other(), Money(1) != Other())
print(Money(1) + RichMoney(2), Money(1) < RichMoney(2))
print(Cents(1) + Cents(2) if False else "skip2")
try:
    print(Other() + Cents(3))
except TypeError as e:
    print("TypeError", e)
def loop(n):
    t = Money(0)
    hits = 0
    for i in range(n):
        t = t + Cents(i)
        if t < Cents(i * 1000):
            hits += 1
    return t, hits
print(loop(2000))
