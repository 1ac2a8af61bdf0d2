# pow() builtin forms.
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(0, 0), pow(10, 20), pow(-1, 10**20))
print(pow(2, 8, 5), pow(3, 200, 1000007), pow(-7, 3, 5), pow(7, -1, 11), pow(123, 0, 1), pow(5, 3, -3))
print(pow(base=3, exp=2), pow(2, exp=5), pow(3, 4, mod=7))
print(pow(2, 0.5) == 2 ** 0.5, pow(True, 2), pow(2, True), pow(1.5, 2), pow(-8, 1))
for args in [(0, -1), (2, 3, 0), (2, -1, 4), (2.0, 2, 3), (2, 2.0, 3), ("2", 2), (2,)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
