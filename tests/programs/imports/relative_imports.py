# Relative imports inside packages: from . import, from .. import, from .mod import
from shapes.three_d.sphere import Sphere
s = Sphere(2)
print(s.volume(), s.describe())
import shapes.three_d.sphere as sp
import shapes
print(sp.util is shapes.util, sp.util.__name__)
print(sp.pi_constant, sp.helpers.__name__, sp.Circle.__module__)
import sys
print(sorted(m for m in sys.modules if m.startswith("shapes")))
