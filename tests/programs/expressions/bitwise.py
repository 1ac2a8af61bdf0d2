# Bitwise operators, including negatives and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -1 | 0, -1 ^ 1, ~-1, -5 & 3, -5 | 3, -5 ^ 3)
print(-16 >> 2, -1 >> 100, -17 >> 1, 17 >> 1, 1 << 100, -1 << 70)
print((1 << 64) - 1, (1 << 64) & ((1 << 64) - 1), (1 << 100) >> 98)
print((2 ** 100 + 5) & 7, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100), ~(2 ** 100))
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) >> 99, (-(2 ** 70)) | 5)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True & 1).__name__)
print(0xFF & ~0x0F, hex(0xDEADBEEF ^ 0xFFFFFFFF))
for shift in [-1]:
    try:
        print(1 << shift)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> shift)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {1})
x = 0b1111
x &= 0b0110
x |= 0b1000
x ^= 0b0001
x <<= 2
x >>= 1
print(x, bin(x))
print(1 << 2 + 1, (1 << 2) + 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print([n & -n for n in range(1, 13)])
