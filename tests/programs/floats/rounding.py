# round() with and without ndigits, half-even and representation effects.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e20, -0.4, 7.0]:
    r = round(v)
    print(repr(v), r, type(r).__name__)
cases = [(0.125, 2), (0.375, 2), (2.675, 2), (1.005, 2), (2.5, 0), (3.5, 0), (-2.5, 0),
         (1234.5678, 1), (1234.5678, -1), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
         (0.5, 1), (1.23456789, 5), (1e-10, 5), (-0.0, 1), (123.456, 10), (1e300, -300),
         (5e-324, 400), (0.285, 2), (0.615, 2), (1.15, 1), (1.25, 1), (1.35, 1), (12.5, -1),
         (15.0, -1), (25.0, -1), (1.5, 0), (-0.5, 0)]
for v, n in cases:
    r = round(v, n)
    print(repr(v), n, repr(r), type(r).__name__)
for bad in [float("inf"), float("nan")]:
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(bad, 2))
print(round(2.5, None), round(1e16 + 0.5))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
