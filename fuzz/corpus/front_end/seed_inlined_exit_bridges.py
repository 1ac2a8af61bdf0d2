# jit: bridges compiled >= 2
# Guards that fail inside calls the trace inlined get bridges recorded in
# the rebuilt callee frame, which end where the callee returns (the
# interpreter takes over); short loops in called functions, entered on
# their first iteration; recursive calls made residually from a trace.


class Shape:
    def __init__(self, k):
        self.k = k


class Square(Shape):
    def area(self):
        return self.k * self.k


class Circle(Shape):
    def area(self):
        return 3 * self.k * self.k // 1


def weight(s, i):
    # The branch flips with i: its guard fails in this inlined frame.
    if i % 3 == 0:
        return s.area() + 1
    if i % 7 == 0:
        return s.area() * 2
    return s.area()


def smallest(items):
    best = None
    for x in items:
        if best is None or x < best:
            best = x
    return best


def depth(n):
    if n <= 0:
        return 0
    return 1 + depth(n - 1)


def main():
    shapes = [Square(2), Circle(3), Square(5)]
    total = 0
    for i in range(6000):
        s = shapes[i % 3]
        total += weight(s, i)
        total += smallest([i % 5, i % 7, i % 11, 3])
        if i % 100 == 0:
            total += depth(i % 40)
    print(total)
    mixed = [1, 2.5, 3, 4.25, 10**20, 6]
    acc = 0
    for i in range(3000):
        acc += smallest([mixed[i % 6], mixed[(i + 2) % 6]])
    print(acc)


main()
