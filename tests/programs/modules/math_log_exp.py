# math: log with bases, log2, log10, exp, pow.
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1024, 2), round(math.log(27, 3), 10))
print(math.log2(8), math.log2(1024), math.log2(0.5), math.log2(2**100), math.log10(1000), math.log10(0.001), math.log10(10**50))
print(math.log(10**400) > 921, round(math.log(10**400), 6), math.log2(2**2000), round(math.log10(10**500), 9))
print(math.exp(0), math.exp(1) == math.e, math.exp(-math.inf), math.exp(math.inf), math.expm1(0), math.log1p(0))
for bad in [0, -1, 0.0, -math.inf]:
    try:
        math.log(bad)
    except ValueError as e:
        print("log", bad, type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    math.log10(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(-8, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
for args in [(0, -1), (-8, 1 / 3)]:
    try:
        print(math.pow(*args))
    except ValueError as e:
        print(args[0], type(e).__name__, e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(type(math.pow(2, 2)).__name__, math.log(math.inf), math.log2(1), math.log10(1))
