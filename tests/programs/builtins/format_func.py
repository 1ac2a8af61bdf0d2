# format() builtin.
print(format(42), format(42, ""), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(-42, "+"))
print(format(3.5), format(3.5, ".3f"), format(1e10, "e"), format(0.25, "%"), format("s"), format("s", ">3"))
print(format(None), format(None, ""), format([1, 2]), format({"a": 1}), format(b"x"), format(True), format(True, "d"))
class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
class NoFmt:
    def __str__(self):
        return "nofmt"
print(format(Fmt()), format(Fmt(), "x>10"), f"{Fmt():abc}", "{:q}".format(Fmt()), format(NoFmt()))
try:
    format(NoFmt(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return 5
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
for v, spec in [(1, "y"), (1.0, "d"), ("a", "x"), (1, ".2s")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(12345.678, ",.1f"), format(255, "#06x"), format(-0.0, "f"), format(7, "b").zfill(8), format(10**20, "_d"))
