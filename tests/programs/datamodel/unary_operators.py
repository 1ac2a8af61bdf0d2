# Unary operators: __neg__, __pos__, __abs__, __invert__
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(+self.v if self.v > 0 else 0)
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
n = N(-5)
print(-n, +n, abs(n), ~n, -(-n), ~~n, -+-n)
print([-x for x in [N(1), N(-2)]], list(map(abs, [N(-3), N(4)])))
class Nothing:
    pass
for op, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        fn(Nothing())
    except TypeError as e:
        print(op, type(e).__name__, e)
class BadNeg:
    def __neg__(self):
        return "negated string"
    def __invert__(self):
        return None
print(-BadNeg(), ~BadNeg())
class Counter:
    calls = 0
    def __neg__(self):
        Counter.calls += 1
        return self
c = Counter()
x = - - - c
print(Counter.calls, x is c)
print(-True, +True, ~True, abs(-True), -0, -0.0, +-0.0, abs(-0.0), ~0, ~-1)
print(-(2 ** 100), abs(-(2 ** 100)), ~(2 ** 100), -(-(2 ** 63)))
print(-1.5, abs(-1.5), +1.5, -float("inf"), abs(float("-inf")))
class Chain(N):
    pass
print(type(-Chain(3)).__name__, -Chain(3))
class OnlyNeg:
    def __neg__(self):
        return "neg"
try:
    +OnlyNeg()
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("s")
except TypeError as e:
    print(type(e).__name__, e)
