# Float floor division and modulo with negatives, and zero errors.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3.0),
         (-0.0, 3.0), (0.0, -3.0), (1e300, 3.0), (5.0, 1e300), (-5.0, 1e300),
         (0.3, 0.1), (1.0, 0.1), (-1.0, 0.1), (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0),
         (float("inf"), 2.0), (2.0, float("inf")), (-2.0, float("inf")), (2.0, float("-inf"))]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1.0, 0.0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-1.5, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
x = 10.0
x //= 3
print(x)
x %= 2
print(x)
print(-1e-20 % 1.0, 1e-20 % -1.0, -0.0 % 5, 0.0 % -5)
