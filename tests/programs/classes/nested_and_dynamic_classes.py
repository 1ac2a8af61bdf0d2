# Classes created in functions, nested classes, type() with three args
def make_class(base_value):
    class Dynamic:
        value = base_value
        def get(self):
            return self.value
    return Dynamic
K1 = make_class(1)
K2 = make_class(2)
print(K1().get(), K2().get(), K1 is K2, K1.__name__, K1.__qualname__)
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(type(p).__name__, p.norm(), Point.__bases__[0].__name__)
Sub = type("Sub", (Point,), {"z": 9})
print(Sub().z, Sub().x, [c.__name__ for c in Sub.__mro__])
print(type(5).__name__, type("s") is str, type(type) is type)
class Tree:
    class Node:
        def __init__(self, val, children=()):
            self.val = val
            self.children = list(children)
        def total(self):
            return self.val + sum(c.total() for c in self.children)
    def __init__(self):
        self.root = Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])])
print(Tree().root.total(), Tree.Node.__qualname__)
class Scoped:
    x = 10
    y = x * 2
    items = [x, y]
    def method(self):
        return Scoped.x
    del x
print(Scoped.y, Scoped.items, hasattr(Scoped, "x"))
try:
    Scoped().method()
except AttributeError as e:
    print(type(e).__name__, e)
class Conditional:
    if True:
        def which(self):
            return "first"
    else:
        def which(self):
            return "second"
    for i in range(3):
        pass
print(Conditional().which(), Conditional.i)
classes = []
for n in range(3):
    class Loop:
        num = n
    classes.append(Loop)
print([c.num for c in classes], len(set(classes)))
def class_body_order():
    log = []
    class Ordered:
        log.append("a")
        a = 1
        log.append("b")
        def m(self):
            pass
        log.append("c")
    return log, [k for k in Ordered.__dict__ if not k.startswith("__")]
print(class_body_order())
class Empty: pass
e1, e2 = Empty(), Empty()
print(e1 == e2, e1 != e2, e1 == e1, type(e1) == type(e2))
