# Left and right shifts incl. negatives and crossing into big ints.
for n in [0, 1, -1, 3, -3, 12345, -12345]:
    print(n, [n << s for s in (0, 1, 31, 32, 63, 64, 65, 100)])
    print(n, [n >> s for s in (0, 1, 2, 10, 63, 64, 100)])

big = 2**100 + 7
print(big >> 1, big >> 50, big >> 100, big >> 101, big >> 1000)
print(-big >> 1, -big >> 50, -big >> 100, -big >> 101, -big >> 1000)
print((1 << 64) >> 64, (-1 << 64) >> 63)
print(-7 >> 1, -8 >> 1, -1 >> 5, -(2**64) >> 64)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
x = 5
x <<= 70
print(x)
x >>= 69
print(x)
print(True << 3, 1 << True)
try:
    print(1 << 1.0)
except TypeError as e:
    print(type(e).__name__, e)
