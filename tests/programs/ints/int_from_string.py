# int() parsing with bases, underscores, whitespace.
cases = ["0", "42", "-42", "+17", "  12  ", "\t\n 99 \n", "1_000_000", "007", "0000",
         "123456789012345678901234567890", "-0", "  -  5", "1__0", "_1", "1_", "",
         "   ", "12a", "1.5", "0x10", "٣", "1e5", "--1", "+-1", "٤٢"]
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

based = [("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 0), ("0o17", 0), ("0b101", 0),
         ("0b101", 2), ("101", 2), ("z", 36), ("ZZ", 36), ("777", 8), ("0o777", 8),
         ("10", 0), ("010", 0), ("0", 0), ("00", 0), ("0_0", 0), ("1_f", 16), ("0x_1f", 16),
         ("12", 3), ("19", 8), ("g", 16), (" -0x1A ", 16), ("0b", 0), ("0x", 16),
         ("11", 1), ("11", 37), ("11", -1)]
for s, b in based:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)

try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(True), int(False), int("  +0x_10  ", 16), int(b"42"), int("1" * 40, 2))
print(int("-" + "9" * 50))
