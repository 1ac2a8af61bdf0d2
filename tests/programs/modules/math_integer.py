# math: gcd, lcm, factorial, isqrt, comb, perm, prod.
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7), math.gcd(), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(3, 5, 7), math.lcm(), math.lcm(-4, 6))
for n in [0, 1, 5, 10, 20, 25, 50]:
    print(n, math.factorial(n))
for bad in [-1, 2.5]:
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 - 1, 2**127]])
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(4.0)
except TypeError as e:
    print(type(e).__name__, e)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5))
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
