# Arithmetic with int/float/bool mixing
print(1 + 2, 1 + 2.0, 1.5 + True, True + True, False * 10)
print(7 - 10, 7 - 10.5, -7 * 3, 2 * 3.5, 3 * True)
print(7 / 2, 6 / 3, -7 / 2, 1 / 3, 7.0 / 2, 2 / 0.5)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print(10 ** 2, 2 ** 0.5, 4 ** -1, 2 ** 100, (-8) ** 2, 0 ** 0, 0.0 ** 0)
print(2 ** 64 - 1, -(2 ** 63), 10 ** 30 // 7, 10 ** 30 % 7)
print(3 * 10 ** 20 + 0.5, 10 ** 20 / 3, 2 ** 1000 // 2 ** 998)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(abs(-5), abs(-5.5), abs(True), -True, +False, -(-3))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 == 1.0, hash(1) == hash(1.0) == hash(True))
print(int(3.9), int(-3.9), int(True), float(3), float(-0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 // 0.0", "5 % 0.0", "0 ** -1", "divmod(1, 0)"]:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 398, (10 ** 400) % 1000)
print(round(7 / 3, 3), round(-2.5), round(3.14159, 0), round(1234, -2), round(1250, -2))
print(7 * 1.1, 0.1 * 3, 1.1 + 2.2, 3 - 2.9)
print(1_000_000 * 1_000_000 * 1_000_000)
print(-2 ** 2, (-2) ** 3, 2 ** -2, (-2) ** -2)
print(True / 2, True // 2, 5 // True)
print(int("12") + 3, str(3) + "4", 3 * "ab", "ab" * 0, [0] * 3, (1,) * 2)
try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-"a")
except TypeError as e:
    print(type(e).__name__, e)
