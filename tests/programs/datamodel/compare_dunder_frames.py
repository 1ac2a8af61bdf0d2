# Rich comparisons of user classes (run as frames of the dispatch loop):
# results of any type, NotImplemented and the reflected method, the
# identity fallback of == and !=, TypeErrors, exceptions and tracebacks.


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, (int, float)):
            return self.v <= other
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, V):
            return "gt-result"
        return NotImplemented

    __hash__ = None


class W(V):
    def __gt__(self, other):
        print("W.__gt__ first")
        return True


class Other:
    def __ge__(self, other):
        print("Other.__ge__ reflected")
        return "reflected"

    def __eq__(self, other):
        print("Other.__eq__ reflected")
        return NotImplemented


class Raises:
    def __lt__(self, other):
        raise KeyError("inside __lt__")


class Gen:
    def __lt__(self, other):
        yield 1


a, b = V(1), V(2)
print(a < b, b < a, a == V(1), a != V(1), a != b, a > b, a <= 5, a <= 0)
print(a == 3, a != 3, a == a, a != a, a == None)
print(V(1) < W(5))  # W overrides __gt__ and is a subclass: it goes first
o = Other()
print(a <= o)
print(a == o, a != o)
for op in ("a < 3", "a >= b", "a < o", "3 < a"):
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, "TypeError:", e)
try:
    Raises() < 1
except KeyError as e:
    print("KeyError", e)
print(type(Gen() < 1).__name__)

count = 0
vals = [V(i % 17) for i in range(300)]
for x in vals:
    for y in vals[:20]:
        if x < y:
            count += 1
        if x == y:
            count += 100
print(count)
print(sorted(vals[:10], key=lambda v: v.v)[0].v, min(vals).v, max(vals[:5]).v)


def deep(n):
    if n == 0:
        return Raises() < V(0)
    return deep(n - 1)


deep(3)
