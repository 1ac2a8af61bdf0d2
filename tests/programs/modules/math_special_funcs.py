# math: gamma/lgamma/erf/erfc, cbrt/exp2, hyperbolics, remainder, nextafter, ulp, frexp/ldexp (exact reprs).
import math
inf, nan = math.inf, math.nan
def safe(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, -2.5, 3.7, 10.0, 23.0, 24.0, 100.5, 171.5, 180.0, -180.5, 1e-30, -1e-30, 250.0, -250.5, inf, -inf, nan]
for name in ["gamma", "lgamma", "erf", "erfc", "cbrt", "exp2", "expm1", "log1p", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(math, name)
    print(name, " ".join(safe(f, x) for x in xs))
pairs = [(7.0, 2.0), (5.0, 2.0), (-5.0, 2.0), (6.5, 2.0), (7.5, 2.0), (1e300, 3.0), (5e-324, 1e-323), (inf, 1.0), (1.0, inf), (1.0, 0.0), (nan, 1.0), (3.0, -2.0)]
print("remainder", " ".join(safe(math.remainder, x, y) for x, y in pairs))
print("fmod", " ".join(safe(math.fmod, x, y) for x, y in pairs))
print("nextafter", " ".join(safe(math.nextafter, x, y) for x, y in pairs + [(0.0, -1.0), (-0.0, 1.0), (1e308 * 1.7, inf), (1.0, 1.0), (-1.0, -2.0)]))
print("ulp", " ".join(safe(math.ulp, x) for x in xs + [1.7976931348623157e308, 5e-324, 2.0 ** -1022]))
print("frexp", " ".join(safe(math.frexp, x) for x in xs + [5e-324, 2.0 ** -1030, 1.7976931348623157e308]))
for x, n in [(1.0, 1023), (1.0, 1024), (0.5, 1025), (1.0, -1074), (1.0, -1075), (3.0, -1075), (1.5, -1074), (1.0, 2**70), (-1.0, -2**70), (2.0 ** -1074, 2000), (1e308, -2000), (inf, -5), (nan, 3), (-0.0, 100)]:
    print("ldexp", x, n, safe(math.ldexp, x, n))
print(safe(math.ldexp, 1.0, 1.5), safe(math.ldexp, "1", 1), safe(math.frexp, "x"))
