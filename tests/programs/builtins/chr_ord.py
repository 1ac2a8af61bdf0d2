# chr and ord.
for cp in [0, 9, 10, 32, 48, 65, 97, 126, 127, 128, 160, 233, 255, 256, 0x3b1, 0x4e2d, 0xfffd, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c))
print(ord("A"), ord("~"), ord("€"), ord("\x00"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000, 2**70]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 65]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(ord("a"), ord("f"))])
print(chr(True), ord(chr(1234)))
