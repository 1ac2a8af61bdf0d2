# `a, b = x, y` assigns left to right after evaluating every value left to
# right (the compiler rotates the values instead of building a tuple).


def trace(label, value):
    print("eval", label)
    return value


class Recorder:
    def __init__(self):
        self.__dict__["log"] = []

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


class Items:
    def __init__(self):
        self.log = []

    def __setitem__(self, key, value):
        self.log.append((key, value))


def swaps():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    print(x, y, z)
    [p, q] = trace("p", "P"), trace("q", "Q")
    print(p, q)
    i, j, k = trace(1, 10), trace(2, 20), trace(3, 30)
    print(i, j, k)


def targets_in_order():
    r = Recorder()
    r.a, r.b, r.c = trace("a", 1), trace("b", 2), trace("c", 3)
    print(r.log)
    it = Items()
    it[trace("k1", 0)], it[trace("k2", 1)] = trace("v1", "x"), trace("v2", "y")
    print(it.log)
    lst = [0, 0, 0]
    i = 0
    i, lst[i] = 2, 5  # lst[i] uses the new i
    print(i, lst)


def not_rewritten():
    a, *b = 1, 2, 3
    print(a, b)
    (a, b), c = (1, 2), 3
    print(a, b, c)
    a, b, c, d = 1, 2, 3, 4
    print(a, b, c, d)
    a = b = 1, 2
    print(a, b)
    try:
        a, b = 1, 2, 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        a, b, c = 1, 2
    except ValueError as e:
        print("ValueError:", e)


def in_a_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    x, y, z = 1, 2, 3
    for _ in range(n):
        x, y, z = y, z, x + y + z
    return a, x, y, z


def undefined_value():
    try:
        a, b = 1, undefined_name
    except NameError as e:
        print("NameError:", e)


swaps()
targets_in_order()
not_rewritten()
print(in_a_loop(300))
undefined_value()
