# jit: loops compiled >= 1
# math's one-argument float functions called from a hot loop: the kernel is
# called directly when the argument is a float or small int and the result
# finite, else the builtin's own path raises ValueError / OverflowError.
import math
from math import sqrt, exp, cosh, fabs
def run(xs):
    out = []
    for x in xs:
        try:
            out.append((sqrt(x), math.sin(x), fabs(x)))
        except (ValueError, OverflowError) as e:
            out.append((type(e).__name__, str(e)))
        try:
            out.append(exp(x))
        except OverflowError as e:
            out.append(("OverflowError", str(e)))
    return out
xs = [float(i) * 0.37 for i in range(3000)] + [4, 9, 2**70, -1.0, -0.0, 800.0, float('inf'), float('nan'), True, 10**400]
for _ in range(2):
    r = run(xs)
print(r[:5], r[-30:])
print(len(r), sum(v[0] for v in r if isinstance(v, tuple) and isinstance(v[0], float) and v[0] == v[0] and v[0] != float('inf')))
class C:
    f = math.sqrt
print(C().f(16.0))
try:
    math.sqrt("x")
except TypeError as e:
    print(e)
