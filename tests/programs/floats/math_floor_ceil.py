# math.floor / ceil / trunc on floats and ints.
import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, 1.9999, -1.0001, 2.5, -2.5, 1e20, -1e20, 1.5e300, 7, -7, 2**70]
for v in vals:
    a, b, c = math.floor(v), math.ceil(v), math.trunc(v)
    print(repr(v), a, b, c, type(a).__name__, type(b).__name__, type(c).__name__)
for bad in [float("inf"), float("-inf"), float("nan")]:
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            print(fn(bad))
        except (OverflowError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
print(math.floor(True), math.ceil(False))
print(math.floor(-1e-300), math.ceil(1e-300), math.floor(4503599627370495.5), math.ceil(4503599627370495.5))
try:
    math.floor("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(math.modf(2.5), math.modf(-2.5), math.modf(3.0), math.fmod(-7.0, 2.0), math.fmod(7.0, -2.0))
print(math.frexp(8.0), math.frexp(0.3), math.ldexp(0.75, 4), math.ldexp(1.0, -1074))
