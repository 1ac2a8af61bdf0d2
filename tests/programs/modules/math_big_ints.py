# math functions with big ints and int/float interplay.
import math
big = 2**1000
print(math.sqrt(big), math.log2(big), math.log(big, 2), round(math.log10(big), 9), math.isqrt(big) == 2**500)
print(math.floor(big) == big, math.ceil(-big) == -big, math.trunc(big) == big, math.gcd(big, 3**300), math.gcd(big, 2**999 * 3) == 2**999)
print(math.factorial(30) // math.factorial(28), math.comb(60, 30), math.isqrt(10**100 + 1), math.isqrt(10**100 - 1))
print(math.fabs(-(10**20)), math.copysign(10**20, -1), math.hypot(3 * 10**20, 4 * 10**20), math.fsum([10**20, 1, -(10**20)]))
print(math.floor(1e300) == int(1e300), type(math.floor(1.5)).__name__, type(math.ceil(2)).__name__, type(math.sqrt(4)).__name__)
try:
    math.exp(10**5)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.fabs(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.log(10**400, 10), math.log2(2**5000), math.isfinite(10**300), math.isinf(10**300))
s = 0
for k in range(1, 30):
    s += math.comb(29, k) * (-1) ** k
print(s, sum(math.comb(20, k) for k in range(21)) == 2**20)
print([math.isqrt(n * n) == n for n in [0, 1, 10**15, 10**30, 2**200 + 7]])
