# jit: calls inlined >= 2
# User classes' operator methods called from hot loops: inlined into the
# trace, with NotImplemented, reflected operands, in-place operators,
# exceptions raised inside the method, and a method replaced mid-loop.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def accumulate(n):
    total = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(n):
        total = total + step * (i % 3)
        total = total - Vec(0, 1)
    return total


print(accumulate(3000))


def mixed_scale(n):
    # int * Vec goes through Vec.__rmul__ (the int declines first);
    # Vec * "x" returns NotImplemented and the protocol raises.
    acc = Vec(0.5, 0)
    errors = 0
    for i in range(n):
        acc = acc + 2 * Vec(i, 1)
        if i % 397 == 0:
            try:
                acc * "x"
            except TypeError as e:
                errors += 1
                msg = str(e)
    return acc, errors, msg


print(mixed_scale(3000))


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return Plain(self.v + k)


def inplace(n):
    c = Counter()
    p = Plain(0)
    for i in range(n):
        c += i
        p += 1  # no __iadd__: __add__ makes a new object
    return c.n, p.v


print(inplace(3000))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if other.cents < 0:
            raise ValueError("negative amount %d" % other.cents)
        return Money(self.cents + other.cents)


def spend(n):
    m = Money(0)
    bad = 0
    for i in range(n):
        try:
            m = m + Money(i - 250 if i % 50 == 0 else i)
        except ValueError as e:
            bad += 1
            last = str(e)
    return m.cents, bad, last


print(spend(3000))


def half_add(self, other):
    return Vec(self.x + other.x / 2, self.y + other.y / 2)


def swap_midway(n):
    v = Vec(0, 0)
    for i in range(n):
        if i == n // 2:
            Vec.__add__ = half_add
        v = v + Vec(2, 4)
    return v


print(swap_midway(3000))


class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other) * 2)


class Feet(Vec):
    def __radd__(self, other):
        return "Feet.__radd__ first"


def subclass_priority(n):
    out = []
    for i in range(n):
        d = Meters(1.5) + i
        r = Vec(1, 1) + Feet(0, 0)
        if i % 1000 == 0:
            out.append((d, r))
    return out


print(subclass_priority(3000))
