# Mixed big-int and float arithmetic; correctly rounded int true division.
print((10**30 + 1) / 10**15, 10**20 / 3, 2**100 / 2**99, (2**53 + 1) / 2, 1 / 2**60, 10**308 / 10)
print(7 / 3, -7 / 3, 10**50 / 7**40, (3**100) / (2**100), 123456789012345678901234567890 / 1000000007)
print(2**1000 / 2**999, (2**1100) / (3**600), 1 / 10**300, 10**-300 * 10**300)
print(2**63 * 1.0, 2**64 + 0.5, 10**20 - 0.5, 10**16 + 1.0, float(10**16 + 1), 2**53 + 1.0)
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2**1024 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2**1024 + 0.5)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1024 // 3 > 0, 2**2000 / 2**1990, 2**1024 / 2**1000)
print((10**20) // 3.0, (10**20) % 7.0, -(10**20) // 3.0, divmod(10**20, 3.5))
print(5 // 2.0, -5 // 2.0, 5 % -2.0, 2**70 % 1.5, float(2**70) == 2**70)
print(1e20 == 10**20, 1e20 < 10**20 + 1, 1e300 < 10**301, (1e16 + 1) == 10**16, 10**16 + 1 == 1e16)
