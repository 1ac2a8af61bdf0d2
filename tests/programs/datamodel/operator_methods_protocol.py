# The binary and in-place operator protocol with user methods: NotImplemented
# fallbacks, reflected methods, subclass precedence, in-place without
# __iop__, errors raised inside the methods and in the fallback.

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 1000 + self.x)

    def __sub__(self, o):
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(self.x / k)

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        if o == "no":
            return NotImplemented
        self.items.append(o)
        return self

    def __add__(self, o):
        return f"Acc.__add__({o!r})"


class OnlyAdd:
    def __add__(self, o):
        return ("OnlyAdd.__add__", o)


class Declines:
    def __add__(self, o):
        return NotImplemented

    def __iadd__(self, o):
        return NotImplemented


class Boom:
    def __add__(self, o):
        raise ValueError(f"boom with {o!r}")

    def __mul__(self, o):
        return 1 / 0


print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(3) * 2, 2 * V(3))
print(V(3) / 2)
print(V(1) + W(2))
print(W(1) + V(2))

try:
    V(1) - V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)

a = Acc()
b = a
a += 1
a += "two"
print(a is b, a.items)
a += "no"
print(a)

o = OnlyAdd()
o += 7
print(o)

d = Declines()
try:
    d += 1
except TypeError as e:
    print("TypeError:", e)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
try:
    d -= 1
except TypeError as e:
    print("TypeError:", e)

try:
    Boom() + 1
except ValueError as e:
    print("ValueError:", e)
try:
    Boom() * 2
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Rec:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Rec(self.n - 1) + (o + 1)


print(Rec(50) + 0)


def total(xs):
    s = V(0)
    for x in xs:
        s = s + x
        s += 1
    return s


print(total([V(i) for i in range(10)]))


class Gen:
    def __add__(self, o):
        yield o


g = Gen() + 3
print(type(g).__name__, list(g))


class Static:
    __add__ = staticmethod(lambda o: ("static", o))


print(Static() + 1)

x = Boom()
x + 1
