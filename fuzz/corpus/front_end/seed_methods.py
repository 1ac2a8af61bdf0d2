# Float methods: is_integer, as_integer_ratio, hex, etc.
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e20, 0.1, 2.5, float("inf"), float("nan"), 1e-300, 123456789.0]:
    print(repr(v), v.is_integer())
for v in [0.0, 1.0, 0.5, -0.75, 0.1, 2.5, 1e20, 3.0, 1e-3, 1.5e300]:
    print(repr(v), v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((1.5).real, (1.5).imag, (1.5).conjugate(), (-2.5).__abs__())
print(float.__name__, type(1.0).__name__, isinstance(1.0, float), isinstance(1, float))
print((2.0).__add__(1), (2.0).__radd__(1), (2.0).__eq__(2), (2.0).__lt__(3))
print((1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__())
print((7.0).__mod__(3), (7.0).__floordiv__(2.0), (2.0).__pow__(3))
