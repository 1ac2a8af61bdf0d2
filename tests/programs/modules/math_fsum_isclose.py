# math: fsum, isclose, hypot, degrees/radians, dist.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(5)))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1.5, 2.5]), math.fsum([1e-16, 1.0, 1e-16]), math.fsum([float(i) for i in range(1, 11)]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf), math.isclose(0.1 + 0.2, 0.3))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(), math.hypot(-3), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
print(math.degrees(math.pi), math.degrees(math.pi / 2), math.radians(180) == math.pi, math.radians(90), math.degrees(0), math.radians(-360) == -2 * math.pi)
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [1, 1, 1]))
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print(type(e).__name__, e)
print(math.ulp(1.0) == 2.220446049250313e-16, math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0))
