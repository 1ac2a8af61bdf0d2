# abs, divmod, round.
class Money:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Money(abs(self.v))
    def __round__(self, n=None):
        return "rounded(%r, %r)" % (self.v, n)
    def __repr__(self):
        return "Money(%r)" % self.v
print(abs(-3), abs(3), abs(-0), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-(10**30)), abs(float("-inf")))
print(abs(Money(-5)), round(Money(1.5)), round(Money(1.5), 2))
for bad in ["x", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2), divmod(10**20, -3))
for a, b in [(1, 0), (1.0, 0), ("a", 1), (1, "a")]:
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(5, 0), round(0.5), round(-0.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
