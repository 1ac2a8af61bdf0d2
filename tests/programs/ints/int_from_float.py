# int() from floats: truncation toward zero, inf/nan errors.
for f in [0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.5, -1.5, 2.5, 1e10, -1e10, 1e20,
          1.5e300, 123456789.987, -2.7, 2**53 + 0.0, 1e16 + 1]:
    print(f, int(f), type(int(f)).__name__)
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(1e100))
print(int(-1e100))
print(int(2.0**64), int(-(2.0**63)))
try:
    int("1.5")
except ValueError as e:
    print(type(e).__name__, e)
print(int(float("12.9")), int(float("-12.9")))
print(round(7.5), round(-7.5), round(1e20), type(round(2.5)).__name__)
