# inf, nan, negative zero behaviour.
import math
inf = float("inf")
nan = float("nan")
ninf = -inf
print(inf, ninf, nan, repr(inf), str(nan), -nan)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf, inf - 1 == inf)
print(math.isinf(inf), math.isinf(ninf), math.isinf(nan), math.isinf(1e308))
print(math.isnan(nan), math.isnan(inf), math.isnan(0.0), math.isnan(inf - inf))
print(math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan), math.isfinite(10**30))
z = -0.0
print(z, repr(z), str(z), z == 0, math.copysign(1, z), math.copysign(1, 0.0))
print(-z, abs(z), z * 5, z * -5, 0.0 * -1, z + 0.0, z - 0.0, z + z)
print(1 / inf, -1 / inf, math.copysign(1, -1 / inf))
print(round(z), round(z, 1), int(z), format(z, ".2f"), f"{z:+}", "%f" % z)
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(nan == nan, nan != nan, nan < 1, nan > 1, sorted([3.0, 1.0, 2.0]))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(inf * 0.0, inf / inf, math.fmod(5.0, inf))
try:
    print(math.fmod(inf, 1.0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(inf % 2)
except Exception as e:
    print(type(e).__name__, e)
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(float("-0"), float("-0.0e5"), 0.0 == -0.0, {0.0: 1, -0.0: 2})
print(math.inf, -math.inf, math.nan, math.inf == inf)
