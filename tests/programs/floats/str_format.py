# Formatting floats with format specs and f-strings.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1.5e300, 0.1, 100.0, 1e16, 2.5e-5]
for v in vals:
    print(format(v, ""), format(v, ".2f"), format(v, ".3e"), format(v, "g"), format(v, ".3g"),
          format(v, "10.2f") + "|", format(v, "<10.1f") + "|", format(v, "+.1f"), format(v, "%"),
          format(v, ".0f"), format(v, ".1%"), format(v, "E"), format(v, "G"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-1234.5, "012.2f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(float("inf"), "f"), format(float("-inf"), "10.2f"), format(float("nan"), "e"), format(float("inf"), "F"))
print(format(1e100, "f"))
print(format(123.456, "#.0f"), format(123.0, "#g"), format(1e-5, ".2g"), format(123456789.0, ".4g"))
print(f"{3.14159:.2f} {2.0:g} {1e20:g} {1e-20:.3} {12.0:.3} {0.0001234:.2}")
print(f"{1/3!r} {1/3!s} {-0.0:+} {7.25:^12.3f}| {7.25:*>9}")
print(str(1e16), str(12.0), str(-1.25e-9))
print(format(1.0, "n"), format(1e20, "n"))
print("%.3f %5.1f %-8.2e| %g %G %10.4g| %+f % f" % (1/3, 2.25, 12345.678, 1e-5, 1e20, 3.14159, 1.0, 2.0))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%s %r" % (0.1, 1e16))
try:
    format(3.0, "d")
except ValueError as e:
    print(type(e).__name__, e)
