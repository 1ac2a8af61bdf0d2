# format() builtin and format specs for strings and numbers.
specs = ["", "10", "<10", ">10", "^10", "*^11", "-<5", ".2", "10.3", "=^9"]
for sp in specs[:-1]:
    print(repr(sp), repr(format("hello", sp)), repr(format("日本", sp)))
for n in [0, 7, -7, 123456789]:
    print(n, [format(n, s) for s in ["", "5", "<5", "^7", "=+8", "05", "+", "-", " ", ",", "x", "#X", "b", "o", "e", ".1f", "%"]])
for v in [0.5, -12.25, 1e-9, 31415.9265]:
    print(v, [format(v, s) for s in ["", "8.2f", "<10", "^12.4e", "+.3g", "010.1f", ",.2f", ".0%", "g", "n"]])
print(format(None), format([1, 2]), format((1, "a")), format({"k": 1}), format(True, ""), format(True, "^6"))
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(format(C(), "abc"), "{:xyz}".format(C()), f"{C():!!}")
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([1], "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("a", "=5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ",x")
except ValueError as e:
    print(type(e).__name__, e)
