# Instance attributes read and written by compiled code with guards on
# the class and the map: objects of several shapes in one loop, a class
# attribute and a method replaced while the loop runs, a property added
# to the class that then shadows the instance attribute, an instance
# whose __class__ is reassigned, and an attribute deleted (AttributeError
# raised from the loop).
# jit: loops compiled >= 3


class P:
    scale = 1

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q:
    scale = 2

    def __init__(self, x, y):
        self.y = y
        self.x = x

    def norm1(self):
        return self.x * self.scale + self.y


def shapes(n):
    ps = [P(i, -i) if i % 3 else Q(i, i) for i in range(10)]
    total = 0
    for i in range(n):
        p = ps[i % 10]
        p.x = p.x + 1
        total += p.norm1() + p.y * p.scale
    return total


def changed_class(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        if i == n // 3:
            P.scale = 5
        if i == n // 2:
            P.norm1 = lambda self: 1000
        total += p.scale + p.norm1()
    return total


def shadowed(n):
    p = P(3, 4)
    total = 0
    for i in range(n):
        if i == n // 2:
            P.x = property(lambda self: 7)
        total += p.x
    del P.x
    return total


def reassigned(n):
    p = P(3, 4)
    total = 0
    for i in range(n):
        if i == n // 2:
            p.__class__ = Q
        total += p.x + p.norm1()
    return total


def deleted(n):
    objs = [P(i, i) for i in range(5)]
    total = 0
    caught = 0
    for i in range(n):
        o = objs[i % 5]
        if i == n // 2:
            del objs[3].y
        try:
            total += o.y
        except AttributeError as e:
            caught += 1
            msg = str(e)
    return total, caught, msg


print(shapes(3000))
print(changed_class(3000))
print(shadowed(3000))
print(reassigned(3000))
print(deleted(3000))
