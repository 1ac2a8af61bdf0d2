# from x import y, from x import y as z, importing submodules with from
from shapes.circle import Circle, PI as CIRCLE_PI
from shapes.util import describe as desc, PI
from shapes import square
from shapes import three_d as td
from shapes.three_d import sphere as sph
print(Circle(1).area(), CIRCLE_PI, PI, CIRCLE_PI is PI)
print(desc(Circle(3)))
print(square.__name__, square.Square(2).area())
print(td.__name__, sph.__name__, hasattr(td, "sphere"), hasattr(td, "helpers"))
s = sph.Sphere(1)
print(s.describe(), s.volume(), isinstance(s, Circle))
from shapes.three_d.sphere import Sphere
print(Sphere is sph.Sphere, Sphere.__module__, Circle.__module__)
from shapes.util import (
    PI as pi1,
    describe,
)
print(pi1, describe(Sphere(2)))
print("desc" in dir(), "describe" in dir(), "shapes" in dir())
try:
    from shapes.util import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
