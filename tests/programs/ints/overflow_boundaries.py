# Small ints overflowing into big ints and coming back.
limits = [2**31 - 1, 2**31, 2**32, 2**62, 2**63 - 1, 2**63, 2**64, 2**64 + 1]
for x in limits:
    print(x, -x, x + 1, x - 1, x * 2, x * x)

x = 1
for i in range(70):
    x = x * 3
print(x)
for i in range(70):
    x = x // 3
print(x, x == 1, type(x).__name__)

# Add then subtract back down to small
big = 2**63 - 1
big = big + 10
print(big)
big = big - 10
print(big, big == 9223372036854775807)

# Accumulate a factorial
f = 1
for i in range(1, 31):
    f *= i
    if i % 5 == 0:
        print(i, f)

# Negation of the most negative 64-bit value
m = -2**63
print(m, -m, abs(m), m - 1, m * -1)
print((-2**63) // -1)
print((-2**63) % -1)

# Fibonacci through the overflow boundary
a, b = 0, 1
for i in range(100):
    a, b = b, a + b
print(a)
print(b - a)

# Mixed big and small in comparisons
print(2**100 > 5, 5 < 2**100, -2**100 < -5, 2**64 == 2**64, 2**64 != 2**64 + 1)
print(2**64 - 2**64, type(2**64 - 2**64).__name__)
print(10**30 // 10**29, 10**30 % 7)
s = 0
for i in range(1000):
    s += i * i * i * i * i * i * i
print(s)
print(sum([2**62] * 8))
print(2**62 + 2**62, 2**62 * 4 - 1)
print(-(2**62) - 2**62 - 2**62)
