# import pkg.module, attribute access, module objects
import shapes.circle
print(type(shapes).__name__, type(shapes.circle).__name__)
print(shapes.__name__, shapes.circle.__name__, shapes.DEFAULT_UNITS)
print(shapes.__doc__, "|", shapes.circle.__doc__)
c = shapes.circle.Circle(2)
print(round(c.area(), 3), c.describe())
print(hasattr(shapes, "circle"), hasattr(shapes, "util"), hasattr(shapes, "square"))
import shapes.square
print(hasattr(shapes, "square"), shapes.square.Square(3).bigger_than_circle(1))
import shapes.circle as circ
print(circ is shapes.circle, circ.Circle is shapes.circle.Circle)
import shapes as sh, shapes.util as u
print(sh is shapes, u.PI, sh.describe(circ.Circle(1)))
print(sorted(n for n in dir(shapes.circle) if not n.startswith("__")))
print(shapes.util.describe is shapes.describe)
