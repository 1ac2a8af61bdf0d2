# float() parsing.
cases = ["1", "1.5", "-1.5", "+2", "  1e3 ", "1E3", "1e-3", ".5", "5.", "-.5", "1_000.5",
         "inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "NaN", "-nan", "iNf",
         "1e400", "-1e400", "1e-400", "0x10", "", " ", "abc", "1.2.3", "1e", "e5", "1_",
         "1__0", "\t3.25\n", "0.1", "123456789012345678901234567890", "1e+5", "--1",
         "in f", "infinit", "nan1", "00001.500"]
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(-0), float(True), float(2**60), float(10**20))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
print(float(b"2.5"))
print(float("  -0.0  "), float("1e-5"), float("1e16"), float("9007199254740993"))
