"""enum.Flag and enum.IntFlag: auto powers of two, | & ^ ~, pseudo-members, iteration, containment, STRICT/KEEP boundaries."""
import enum
from enum import Flag, IntFlag, auto
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(list(Color), len(Color), Color.WHITE, repr(Color.WHITE), Color.__members__.keys() if False else list(Color.__members__))
c = Color.RED | Color.BLUE
print(repr(c), str(c), c.name, c.value, bool(c), len(c), list(c), Color.RED in c, Color.GREEN in c)
z = Color(0)
print(repr(z), str(z), z.name, bool(z), list(z), len(z))
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color.RED ^ Color.WHITE), repr(c & Color.RED))
print(repr(Color(3)), Color(7) is Color.WHITE, Color(3) is Color(3))
for v in (8, -1, "x"):
    try:
        print(repr(Color(v)))
    except Exception as e:
        print(type(e).__name__, e)
p = Perm.R | Perm.W
print(repr(p), str(p), format(p), p + 1, p == 6, isinstance(p, int), repr(Perm.R | 8), repr(Perm(9)), repr(~Perm.R), repr(Perm(0)), str(Perm(0)))
print(repr(p & 2), repr(2 | Perm.X), repr(Perm.R ^ 7), list(Perm), Perm.W in p, 2 in p if False else "")
try:
    Color.RED | 1
except TypeError as e:
    print("TypeError", e)
print(Color, Perm, type(Color))
print(Color.RED < Color.GREEN if False else "", hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
class Alt(Flag):
    A = 1
    B = 2
    AB = 3
    D = 8
print(list(Alt), repr(Alt(11)), repr(Alt(3)), repr(~Alt.A))
class Open(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()
print([(m.name, m.value) for m in Open], repr(Open.READ | Open.APPEND), Open.WRITE + 0, sorted([Open.APPEND, Open.READ]))
print(Open.READ in Open, repr(Open(5)), Open(5) is (Open.READ | Open.APPEND))
try:
    Color.RED in 3
except TypeError as e:
    print("TypeError", e)
try:
    3 in Color.RED
except TypeError as e:
    print("TypeError", e)
print(repr(Color(-3)), repr(Color(~0)), f"{Perm.R | Perm.X:>5}", f"{Color.BLUE!s}")
