# __int__, __float__, __index__, __round__ conversions
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, ndigits=None):
        return N(round(self.v, ndigits))
n = N(-5)
print(int(n), float(n), [10, 20, 30, 40, 50, 60][N(2)], bin(N(5)), hex(N(255)), oct(N(8)))
print(round(N(2.567), 1), round(N(2.5)))
print(range(N(3)), "ab" * N(2), [0] * N(3), "abcdef"[N(1):N(4)])
class Nothing:
    pass
try:
    int(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][Nothing()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyIndex()), [1, 2, 3, 4][OnlyIndex()], hex(OnlyIndex()), "abcdef"[OnlyIndex():])
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyFloat:
    def __float__(self):
        return 2.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int("42"), float("1e3"), round(3.14159, 2), round(7), round(-7.5))
