# Float arithmetic and comparisons, mixed with ints: exactness at 2**53, in-place forms, zero division.
big = 2**53 + 1
print(big == float(2**53), big > float(2**53), float(2**53) < big, 3 < 3.5, 3.5 <= 3, -0.0 == 0, 1.5 + 2, 2 - 0.5, 3 * 1.5, 7 / 2.0, 1.0 / 3)
x = 1.5
x += 2
x *= 2
x -= 0.5
x /= 4
print(x)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    x /= 0.0
except ZeroDivisionError as e:
    print(e)
class F(float):
    def __add__(self, o):
        return "F.add"
