# NotImplemented return values and fallback behaviour
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        print(f"  Meters.__add__ gives up on {type(other).__name__}")
        return NotImplemented
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        print(f"  Meters.__eq__ gives up on {type(other).__name__}")
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented
class Feet:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}ft"
    def __radd__(self, other):
        if isinstance(other, Meters):
            print("  Feet.__radd__ handles Meters")
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented
    def __eq__(self, other):
        if isinstance(other, Meters):
            print("  Feet.__eq__ handles Meters")
            return abs(self.v * 0.3048 - other.v) < 1e-9
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, Meters):
            print("  Feet.__gt__ (reflected __lt__)")
            return self.v * 0.3048 > other.v
        return NotImplemented
print(Meters(1) + Meters(2))
print(Meters(1) + Feet(10))
try:
    Meters(1) + 5
except TypeError as e:
    print(type(e).__name__, e)
print(Meters(0.3048) == Feet(1))
print(Meters(1) == 1)
print(Meters(1) != "x")
print(Meters(1) < Feet(10))
try:
    Meters(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
class AlwaysNI:
    def __eq__(self, other):
        return NotImplemented
a, b = AlwaysNI(), AlwaysNI()
print(a == a, a == b, a != b, a == 1)
print(1 .__add__(1.5), (1.5).__radd__(1), (1).__eq__("x"), "a".__lt__(1))
print(int.__add__(2, 3), str.__mul__("ab", 2), list.__add__([1], [2]))
class Sub(int):
    def __eq__(self, other):
        print("  Sub.__eq__ first (reflected priority)")
        return NotImplemented
print(5 == Sub(5))
