from enum import Enum, IntEnum, auto, unique, EnumMeta


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()


print(Color.RED, repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"])
print(list(Color))
print(len(Color))
print(Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color.RED == 1)
print(Color.RED.describe(), Color.GREEN.lower)
print(type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(repr(Color), type(Color) is EnumMeta, isinstance(Color, type))
print(list(Color.__members__))
print(hash(Color.RED) == hash(Color.RED))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], d[Color.GREEN])
print(f"{Color.BLUE}", format(Color.BLUE), "%s" % Color.BLUE)
print(list(reversed(Color)))
print([c.name for c in Color])

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColor(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
print(Color(Color.RED))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape), Shape.LINE.value)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), str(Number.THREE))
print(Number.ONE + 1, Number.TWO * 3, Number.ONE < Number.TWO, Number.TWO == 2)
print(f"{Number.THREE}", format(Number.TWO, "03d"), "%d" % Number.ONE)
print(sorted([Number.THREE, Number.ONE, Number.TWO]))
print(Number(2) is Number.TWO, isinstance(Number.ONE, int), hash(Number.ONE) == hash(1))
print([1, 2, 3][Number.ONE], {1: "a"}[Number.ONE])
print(int(Number.THREE), Number.THREE.value, Number.THREE.name)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet.EARTH.value)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("inactive"))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError")
