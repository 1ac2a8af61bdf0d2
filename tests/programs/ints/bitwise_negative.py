# Bitwise operations on negatives and big ints.
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**70 + 12345, -(2**70) - 3]
for a in vals:
    print(a, ~a)
    for b in vals:
        print("  ", b, a & b, a | b, a ^ b)

print(-1 & 0xFF, -256 & 0xFFFF, -1 ^ 0xF0, ~0, ~-1, ~2**100)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
x = 0xF0
x &= 0x3C
print(x)
x |= 0x101
print(x)
x ^= -1
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
