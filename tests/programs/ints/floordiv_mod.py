# Floor division and modulo sign rules.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 3), (-1, 3),
         (1, -3), (-1, -3), (10**20, 3), (-10**20, 3), (10**20, -3), (-10**20, -3),
         (5, 10**20), (-5, 10**20), (5, -10**20), (-5, -10**20), (2**64, 2**32),
         (-(2**64) - 1, 2**32)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)

for a, b in [(1, 0), (0, 0), (10**30, 0), (-3, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)

# true division of ints yields floats
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2**64 / 2, 10**20 / 10**10)
print(10**400 // 10**399)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 / 10**399)
print((2**53 + 1) / 1)
