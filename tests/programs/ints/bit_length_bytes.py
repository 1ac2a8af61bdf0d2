# bit_length, to_bytes, from_bytes and friends.
for n in [0, 1, -1, 2, 3, 7, 8, 255, 256, -256, -257, 2**31, 2**63 - 1, 2**63, 2**64, -(2**64), 10**30]:
    print(n, n.bit_length())

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0).to_bytes(3, "big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2**64).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(bytes([1] * 12), "little"))
print(int.from_bytes([1, 2, 3], "big"))
for n in [0, 1, 1000, 2**40 + 17]:
    b = n.to_bytes(8, "little")
    print(n, b, int.from_bytes(b, "little") == n)
print((10).bit_count() if hasattr(10, "bit_count") else "no", (255).bit_count(), (-7).bit_count())
print((17).real, (17).imag, (17).numerator, (17).denominator)
print((6).conjugate(), (-6).__abs__())
print((12).as_integer_ratio())
