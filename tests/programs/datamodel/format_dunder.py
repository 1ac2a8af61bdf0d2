# __format__ and format()
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(f"${self.cents / 100:.2f}", spec)
        raise ValueError(f"bad money spec {spec!r}")
    def __str__(self):
        return "Money-str"
m = Money(12345)
print(format(m), format(m, "cents"), f"{m}", f"{m:cents}", f"{m:>12}|", str(m))
print("{} {:cents}".format(m, m))
try:
    f"{m:xx}"
except ValueError as e:
    print(type(e).__name__, e)
class Default:
    def __str__(self):
        return "default-str"
print(format(Default()), f"{Default()}", f"{Default()!s:>14}")
try:
    format(Default(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f"({self.x:{spec}}, {self.y:{spec}})"
p = Point(1.23456, 7.5)
print(f"{p:.2f}", f"{p:>8.1f}", format(p, "e"))
class Tagged(int):
    def __format__(self, spec):
        return "T" + super().__format__(spec)
print(f"{Tagged(255):x}", f"{Tagged(7):05d}", format(Tagged(3)))
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
print(format(1234.5, ",.1f"), format("s", "^5"), format(True, ""), format(None, ""))
print(format(12, ""), format(12.0, ""), format([1, 2], ""), format((1,), ""))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
class SpecEcho:
    def __format__(self, spec):
        return "[" + spec + "]"
w = 7
print(f"{SpecEcho():{w}d}", f"{SpecEcho():a:b}", "{0:abc}".format(SpecEcho()))
