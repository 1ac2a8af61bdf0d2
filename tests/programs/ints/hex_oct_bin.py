# hex/oct/bin and int formatting.
for n in [0, 1, -1, 10, -10, 255, -255, 2**64, -(2**64) - 1, 0o777, 0b1011, 0x_dead_beef]:
    print(n, hex(n), oct(n), bin(n))
for n in [0, 255, -255, 3**40]:
    print(format(n, "x"), format(n, "X"), format(n, "#x"), format(n, "#X"), format(n, "o"),
          format(n, "#o"), format(n, "b"), format(n, "#b"), format(n, "d"))
print(format(255, "08b"), format(255, "#010b"), format(-255, "#010x"), format(255, "_b"), format(2**40, "_x"))
print(format(1234567, ","), format(-1234567, "_"), format(1234567, ">12,"), format(42, "+d"), format(42, " d"))
print(format(42, "<6d") + "|", format(42, "^6d") + "|", format(-42, "=8d"), format(42, "*^9"), format(42, "08"))
print(format(65, "c"), format(10**20, ","), format(0, "+"), format(-0, "x"))
print(f"{255:#06x} {7:03} {-7:03} {12345:,} {2**70:_}")
print(0x10, 0o10, 0b10, 1_000, 0XFF, 0O7, 0B1)
print(format(123, "e"), format(123, ".2f"), format(123, "%"), format(123, "g"))
try:
    format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
