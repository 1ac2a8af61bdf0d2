# str() of floats in various contexts and conversion round trips.
vals = [1.0, 10.0, 1e15, 1e16, 1e17, 0.001, 0.0001, 0.00001, 123.456, 1e-100, 2.0**63,
        1/7, 22/7, 355/113, 0.1 + 0.2, 1.23456789012345678, 99999999999999999.0, 4e-320]
for v in vals:
    s = str(v)
    print(s, float(s) == v, repr(v) == s, len(s))
print(str([1.0, 2.5]), str((0.5,)), str({"a": 1e-9}))
print(f"{1e16}", f"{0.1}", f"{1e-5!r}", "%s" % 1e22, "%r" % 0.3)
print(str(float(123)), str(float(-123)), str(float("1e5")), str(float("1.0e-4")))
print(1e16 == 10**16, 1e16, 10**16, float(10**16))
print(0.1 + 0.1 + 0.1, 0.1 * 3, 0.3, 1 - 0.7, 0.7 + 0.1, 0.8 - 0.1)
print(3.0 * 1.1, 4.35 * 100, 1.15 * 100, 2.675 * 100, 1.1 + 2.2, 3.3 / 1.1)
print(123456.789e3, 1.0e10, 1.0e-10, 1_000.000_1, 0e0, 00.5, 1.)
