"""enum round 2: Flag/IntFlag algebra, StrEnum + auto, _missing_, _generate_next_value_, containment, __members__."""
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


class P2(IntFlag):
    A = 1
    B = 2
    C = 4


class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


class Lower(StrEnum):
    ONE = auto()
    TWO = auto()


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    A = auto()
    B = auto()


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)


t("flag or", lambda: (Perm.R | Perm.W, Perm.R | Perm.W is Perm.RW, repr(Perm.R | Perm.X), str(Perm.R | Perm.X)))
t("flag and/xor", lambda: (Perm.RW & Perm.R, Perm.RW ^ Perm.R, Perm.RW & Perm.X))
t("flag invert", lambda: (~Perm.R, ~Perm.RW, ~(Perm.R | Perm.W | Perm.X)))
t("flag zero", lambda: (Perm(0), bool(Perm(0)), repr(Perm(0))))
t("flag iter", lambda: (list(Perm), list(Perm.RW), len(Perm.RW), list(Perm(7))))
t("flag contains", lambda: (Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.R in Perm(0)))
t("flag bad value", lambda: Perm(8))
t("flag name value", lambda: ((Perm.R | Perm.X).name, (Perm.R | Perm.X).value, Perm.RW.name))
t("intflag", lambda: (P2.A | P2.B, P2.A | 8, 3 & P2.B, P2.A + 1, repr(P2.A | P2.C), str(P2.A | P2.B), P2(7), ~P2.A))
t("intflag cmp", lambda: (P2.A == 1, P2.B < 3, isinstance(P2.A | P2.B, P2)))
t("missing", lambda: (Color("red"), Color(2), Color("nope")))
t("missing none", lambda: Color(5))
t("aliases", lambda: (list(Color.__members__), Color.ALIAS, Color.ALIAS.name, len(Color)))
t("members items", lambda: [(k, v.name) for k, v in Color.__members__.items()])
t("contains", lambda: Color.RED in Color)
t("strenum auto", lambda: (Lower.ONE, Lower.TWO.value, str(Lower.ONE), repr(Lower.ONE), Lower.ONE == "one", Lower("two"),
                           f"{Lower.ONE}", Lower.ONE.upper()))
t("generate_next_value", lambda: [(m.name, m.value) for m in Gen])
t("init tuple", lambda: (Planet.EARTH.value, Planet.EARTH.mass, Planet.MARS.gravity, Planet((6.42e23, 3.39e6))))
t("dir-ish", lambda: (Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color, type)))
t("reversed", lambda: list(reversed(Color)))
t("hash/eq", lambda: (Color.RED == Color.ALIAS, Color.RED is Color(1), hash(Color.RED) == hash(Color.ALIAS)))
t("bool", lambda: (bool(Color.RED), bool(P2(0))))
t("getitem bad", lambda: Color[1])
t("call bad args", lambda: Color())
t("auto mixed", lambda: [(m.name, m.value) for m in Enum("M", [("a", auto()), ("b", 10), ("c", auto())])] if False else "skip")


class Ordered(IntEnum):
    LOW = 1
    HIGH = 10


t("intenum math", lambda: (Ordered.LOW + Ordered.HIGH, max(Ordered), sorted(Ordered, reverse=True), Ordered.HIGH * 2, int(Ordered.LOW)))
t("intenum format", lambda: (format(Ordered.HIGH, "03d"), "%d" % Ordered.LOW, "{:>5}".format(Ordered.LOW)))
t("unique ok", lambda: unique(Ordered) is Ordered)
t("enum in dict", lambda: {Ordered.LOW: "l"}[1])
t("enum of enum value", lambda: Enum("E", {"X": Color.RED}).X.value)
