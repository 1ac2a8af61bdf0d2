# Float arithmetic and comparisons run as machine code: mixed int/float
# operands, division by zero raised from a compiled loop, NaN and infinity
# in comparisons, -0.0, ints beyond 2**53 compared with floats (exact, as
# in CPython), a float subclass and bools (which take the general path),
# and temporaries that never need a box.
# jit: loops compiled >= 4
# jit: allocations removed >= 1


def mixed(n):
    total = 0.0
    for i in range(n):
        total += i * 2.5 - i / 4
    return total


def dist(n):
    s = 0.0
    for i in range(n):
        dx = i * 0.5
        dy = 3.0 - i
        s += (dx * dx + dy * dy) / (1.0 + i)
    return s


def divide(xs):
    out = []
    for x in xs:
        try:
            out.append(1.0 / x)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


def compare(values, pivot):
    lt = le = eq = ne = gt = ge = 0
    for v in values:
        if v < pivot:
            lt += 1
        if v <= pivot:
            le += 1
        if v == pivot:
            eq += 1
        if v != pivot:
            ne += 1
        if v > pivot:
            gt += 1
        if v >= pivot:
            ge += 1
    return lt, le, eq, ne, gt, ge


class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other) + 1000)


def with_subclass(n):
    acc = 0.0
    for i in range(n):
        if i == n - 3:
            acc = Meters(acc)
        acc = acc + 1.5
    return acc, type(acc).__name__


def with_bools(n):
    acc = 0.0
    for i in range(n):
        acc = acc + (i % 3 == 0) + 0.25
    return acc


print(mixed(5000))
print(dist(5000))
print(divide([2.0, 4, 0.5] * 700 + [0.0, 0, -0.0, 8.0]))
nan = float("nan")
inf = float("inf")
vals = [0.5, 1, 2 ** 53, 2 ** 53 + 1, 2.0 ** 53, nan, inf, -inf, -0.0, 0] * 300
print(compare(vals, 2.0 ** 53))
print(compare(vals, 0.0))
print(compare(vals, nan))
print(with_subclass(3000))
print(with_bools(3000))
big = 2 ** 60
print([big + 0.5, big * 1.5, 1e308 * 10, -1e308 * 10, 0.1 + 0.2])
