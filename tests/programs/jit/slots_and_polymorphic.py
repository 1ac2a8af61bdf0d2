# __slots__ members read and written by compiled code (guards on the class
# and the slot vector), an unset slot raising AttributeError from the
# loop, and attribute and method sites that see objects of several shapes
# in turn (the trace specializes to the shape it records, bridges take
# the others).
# jit: loops compiled >= 2


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class W(V):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        V.__init__(self, x, y)
        self.z = z


def slots_loop(n):
    a = V(1, 2)
    b = W(3, 4, 5)
    total = 0
    for i in range(n):
        o = a if i % 3 else b
        o.x = o.x + 1
        total += o.x * o.y
        if i % 7 == 0:
            total += b.z
    return total, a.x, b.x


def unset_slot(n):
    items = [V(i, i) for i in range(n)]
    partial = V.__new__(V)
    partial.x = 1
    items.append(partial)
    total = 0
    for o in items:
        total += o.x + o.y
    return total


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v

    def get(self):
        return self.v * 10


class C:
    get = None

    def __init__(self, v):
        self.v = v
        self.get = lambda: -v


def polymorphic(n):
    objs = [A(1), B(2), A(3), C(4), B(5)]
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.v + o.get()
    return total


print(slots_loop(3000))
try:
    unset_slot(2000)
except AttributeError as e:
    print("AttributeError:", e)
print(polymorphic(5000))
