# The ** operator and pow()
print(2 ** 10, 2 ** 0, 2 ** 1, 0 ** 5, 1 ** 1000)
print(2 ** -1, 2 ** -3, 10 ** -2, (-2) ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, -(2 ** 2), (-2) ** 2, -2 ** -2)
print(2.0 ** 3, 2 ** 3.0, 4 ** 0.5, 8 ** (1 / 3), 0.5 ** 2)
print(3 ** 40, 7 ** 77)
print(len(str(2 ** 10000)), str(3 ** 200)[:20])
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3), pow(2, -1))
print(pow(3, -1, 7), pow(10, -2, 7), pow(0, 0), pow(0.0, 0.0))
print(pow(2, 100, 10 ** 9 + 7), pow(-3, 3, 5))
for args in [(0, -1), (2, 3, 0), (2, 1.5, 3), (2, -1, 4)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
x = 3
x **= 3
print(x)
print((-8) ** 2, (-8.0) ** 2, (-1) ** 1000001, (-1) ** 1000000)
print(1.5 ** 2, 10 ** 15, 10.0 ** 15, 10.0 ** 16, 10 ** 16 * 1.0)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
print(True ** 2, 2 ** True, False ** 0)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5 * 2 ** 0.5, 9 ** 0.5, 1e10 ** 0.5)
