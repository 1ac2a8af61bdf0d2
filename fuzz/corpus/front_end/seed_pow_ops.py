# pow and ** including negative exponents and 3-arg pow.
print(2 ** 10, 2 ** 100, (-2) ** 63, (-2) ** 64, (-3) ** 3, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5, 4 ** 0.5)
print(pow(2, 10), pow(2, -1), pow(-8, 2))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(0, -2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10**20, 10**9 + 7))
print(pow(123456789, 987654321, 2**61 - 1))
print(pow(5, 0, 1), pow(0, 0, 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17))
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 5, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 5, 3))
except TypeError as e:
    print(type(e).__name__, e)

x = 3
x **= 40
print(x)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
print(10 ** 50 - 1)
print(len(str(7 ** 500)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
