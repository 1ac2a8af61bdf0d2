# math: constants, sqrt, floor/ceil/trunc, fabs, copysign.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
print(math.sqrt(0), math.sqrt(1), math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100), math.sqrt(10**30), math.sqrt(True))
print(math.sqrt(-0.0), math.sqrt(math.inf))
for bad in [-1, -1e-300, -math.inf]:
    try:
        math.sqrt(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), math.ceil(10**20))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-math.inf), type(math.fabs(-3)).__name__)
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.remainder(7, 2), math.remainder(5, 2))
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0))
print(math.pi == 3.141592653589793, math.e == 2.718281828459045, round(math.pi, 5), round(math.e, 3))
