# Integer literal forms: decimal, hex, octal, binary, underscores
print(0, 00, 0_0)
print(123, 1_000_000, 1_2_3)
print(0x1F, 0XfF, 0x_dead_beef, 0xDEADBEEF)
print(0o17, 0O777, 0o_12, 0o0)
print(0b1010, 0B11, 0b_1111_0000, 0b0)
print(type(0x10).__name__, type(0b1).__name__)
# big literals
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(0o7777777777777777777777777)
print(9_223_372_036_854_775_807, 9_223_372_036_854_775_808)
print(-9223372036854775808, -9223372036854775809)
# unary minus is an operator applied to the literal
print(-0x10, +0b11, -(-0o7), ~0)
print(--5, -+-5, ~~7)
# literals as attribute targets need a space or parens
print(1 .bit_length(), (255).bit_length(), 0x10 .bit_length())
print(1_0 + 0x1_0 + 0o1_0 + 0b1_0)
# int() vs literal forms
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("1_000", 0))
print(int("  42  "), int("-0"), int("+7"))
for s in ["0x", "1__0", "_1", "1_", "08", "0b2"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(0))
