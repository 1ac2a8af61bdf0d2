# Float arithmetic and mixed int/float arithmetic.
vals = [0.0, -0.0, 1.5, -2.25, 7.0, 1e300, -3.5e-5, 10]
for a in vals:
    for b in vals:
        out = [a + b, a - b, a * b]
        if b != 0:
            out.append(a / b)
        print(repr(a), repr(b), out)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 1e-320 / 1e10, 5e-324 / 2)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf, nan + 1)
print(0.1 + 0.7, 0.1 * 0.1, 2 ** 0.5, 2.0 ** 10, 10 ** -1, (-8.0) ** 3, 4.0 ** -2)
print(2.0 ** 1023, 1.5 ** 100)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(-abs(-2.5), +(-0.0), -(0.0), abs(-0.0), abs(-inf))
x = 1.5
x += 1
x *= 3
x -= 0.5
x /= 2
x **= 2
print(x)
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1.0, 7 - 7.0, True + 0.5)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 1e16 + 1, 1e16 + 2)
print(float(2**1023))
try:
    print(float(2**1024))
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1024 / 2**1000)
print(10**-400 == 0.0, 1 / 10**400)
