# str/repr of ints, literal forms, int methods.
print(repr(123), str(-456), repr(10**25), str(-(10**25)))
print(int.__name__, type(5).__name__, isinstance(5, int), isinstance(5.0, int))
print(abs(-5), abs(-(10**30)), abs(0), -(-5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(10**25, 7))
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-12345, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(10**25 + 5 * 10**10, -11))
print(int("12") + 3, str(12) + "3", int(str(2**100)) == 2**100)
n = 0
for i in range(10):
    n = n * 10 + i
print(n)
print(1_0, 0_0, 1_000_000 * 1_000)
print(max(2**64, 2**63, -1), min(-(2**64), 0), sorted([2**65, -3, 2**64, 7, -(2**70)]))
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 3; print(x)
print(5 .bit_length(), (5).__class__.__name__)
print(int.__add__(3, 4), int.__mul__(3, 4), (3).__lt__(4), (3).__eq__(3.0))
print((3).__add__(1.5))
print(0 or 5, 3 and 0, not 0, not 7)
print(7 * "ab", 0 * [1], -1 * "x" == "", 2**3 * (1,))
