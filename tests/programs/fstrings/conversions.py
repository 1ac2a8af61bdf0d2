# !r, !s, !a conversions
s = "café\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'plain'!r} {'plain'!s} {'plain'!a}")
print(f"{42!r} {42!s} {42!a}")
print(f"{3.5!r} {[1, 'a']!r} {('x',)!s}")
print(f"{'😀'!a} {'😀'!r} {'ü'!a}")
print(f"{None!r} {True!a} {b'x'!r} {b'x'!s}")
class C:
    def __repr__(self):
        return "C-repr-é"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format(" + spec + ")"
c = C()
print(f"{c}")
print(f"{c:xyz}")
print(f"{c!r}")
print(f"{c!s}")
print(f"{c!a}")
print(f"{c!r:>12}|")
print(f"{c!s:*<8}|")
print(f"{c!a:^20}|")
print(f"{'abc'!r:>10}|")
print(f"{s!r:.4}|")
print(repr(f"{s!a}"))
print(format(c), format(c, "spec"), str(c), repr(c), ascii(c))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
o = OnlyRepr()
print(f"{o} {o!s} {o!r}")
try:
    print(f"{o:x}")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{[c, c]}")
print(f"{ {'k': c} }")
d = {'a': "q'uote"}
print(f"{d!r}", f"{d['a']!r}")
