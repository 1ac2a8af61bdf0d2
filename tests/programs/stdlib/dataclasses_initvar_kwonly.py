"""dataclasses: InitVar pseudo-fields, KW_ONLY, kw_only= on field and dataclass, asdict/astuple/replace."""
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY


@dataclass
class Card:
    title: str
    factor: InitVar[int]
    tags: list = field(default_factory=list)
    score: int = 0

    def __post_init__(self, factor):
        self.score = self.score * factor


c = Card("a", 3, ["x"], 2)
print(c, [f.name for f in fields(c)], asdict(c), astuple(c), hasattr(c, "factor"))
print(replace(c, title="b", factor=10))
try:
    replace(c, title="b")
except ValueError as e:
    print("ValueError", e)


@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int
    name: str = "n"


o = Opts("p", depth=3)
print(o, Opts.__match_args__, [(f.name, f.kw_only) for f in fields(Opts)])
try:
    Opts("p", False, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Opts("p")
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class Point:
    x: int
    y: int = 0


print(Point(x=1), Point(y=2, x=5) == Point(x=5, y=2))
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    b: int = field(default=5, kw_only=True)
    c: int = 7


print(Mixed(1), Mixed(1, 2, b=3), Mixed.__match_args__)


@dataclass
class WithDefaultInit:
    n: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.n *= scale


print(WithDefaultInit(4), WithDefaultInit(4, 5), replace(WithDefaultInit(1), n=3))
try:
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int = 1
        __: KW_ONLY
except TypeError as e:
    print("TypeError", e)
