from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__annotations__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(fields(Point)[1].default, fields(Point)[0].default is MISSING)
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Three:
    a: int
    b: str
    c: float


try:
    Three()
except TypeError as e:
    print("TypeError:", e)
try:
    Three(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


fz = Frozen("a", ("t",))
print(fz, hash(fz) == hash(Frozen("a", ("t",))))
try:
    fz.name = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del fz.name
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({fz: 1}[Frozen("a", ("t",))])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "x"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "a") == Version(1, 2, "b"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="s", repr=False)
    total: int = field(default=0, init=False)


a = Inventory()
b = Inventory()
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory([5]).items, Inventory().total)
try:
    Inventory([], {}, "x", 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2


print(Derived(0), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class WithPost:
    a: int
    b: int = 0

    def __post_init__(self):
        self.total = self.a + self.b


print(WithPost(2, 3).total)


@dataclass(eq=False)
class NoEq:
    v: int


n = NoEq(1)
print(n == NoEq(1), n == n, hash(n) == hash(n))


@dataclass(repr=False)
class NoRepr:
    v: int

    def __repr__(self):
        return "NoRepr!"


print(NoRepr(1))


@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default=None, hash=False)


print(hash(Hashy(5)) == hash(Hashy(5, [1])))


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict


nd = Nested(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(nd))
print(astuple(nd))
print(nd)

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    replace(Inventory(), total=3)
except ValueError as e:
    print("ValueError:", e)

try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)

try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True, eq=False)
    class O:
        x: int
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


class Plain:
    pass


@dataclass
class Methods:
    name: str
    qty: int = 1

    def cost(self, unit):
        return self.qty * unit


print(Methods("x", 3).cost(2), Methods.__init__.__qualname__, Methods.__repr__.__qualname__)
