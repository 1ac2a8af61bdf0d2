"""dataclasses round 2: hashing rules, field options, kw_only, InitVar, inheritance overrides, errors."""
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict, replace


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


@dataclass(eq=True, frozen=True)
class FH:
    a: int
    b: int = field(default=0, hash=False)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 5


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    x: int = 10
    z: int = 3


@dataclass
class Repr:
    a: int = field(repr=False)
    b: str = "s"


@dataclass(init=False)
class NoInit:
    a: int = 5


@dataclass(order=True)
class Ord:
    key: int
    other: str = field(compare=False, default="")


t("unsafe_hash", lambda: (hash(H(1)) == hash(H(1, [9])), H(1) == H(1, [2])))
t("frozen hash", lambda: (hash(FH(1, 2)) == hash(FH(1, 3)), FH(1, 2) == FH(1, 3)))
t("eq no hash", lambda: dataclass(type("E", (), {"__annotations__": {"a": int}})).__hash__)
t("kw_only sentinel", lambda: (KW(1, b=5), KW(1, c=0)))
t("kw_only positional", lambda: KW(1, 2))
t("all kw", lambda: (AllKW(x=1), [f.kw_only for f in fields(AllKW)]))
t("all kw positional", lambda: AllKW(1))
t("initvar", lambda: (WithInit(3), WithInit(3, 5), [f.name for f in fields(WithInit)]))
t("initvar asdict", lambda: asdict(WithInit(2)))
t("initvar replace", lambda: replace(WithInit(2), scale=10))
t("inherit override", lambda: (Derived(), [f.name for f in fields(Derived)], Derived(1, 2, 3)))
t("repr false", lambda: Repr(1))
t("no init", lambda: (NoInit().a, NoInit.__init__ is object.__init__))
t("order ignores", lambda: (Ord(1, "z") < Ord(2, "a"), Ord(1, "z") == Ord(1, "a"), sorted([Ord(3), Ord(1), Ord(2)])))
t("field default and factory", lambda: field(default=1, default_factory=list))
t("mutable default dict", lambda: dataclass(type("M", (), {"__annotations__": {"d": dict}, "d": {}})))
t("field objects", lambda: [(f.name, f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING, f.init, f.repr, f.compare, f.hash) for f in fields(H)])
t("field metadata", lambda: fields(dataclass(type("Mt", (), {"__annotations__": {"a": int}, "a": field(default=1, metadata={"u": "m"})})))[0].metadata["u"])
t("asdict factory", lambda: asdict(Derived(), dict_factory=lambda items: sorted(items)))
t("astuple nested", lambda: dataclasses.astuple(Derived(x=[Base()])))
t("replace frozen", lambda: replace(FH(1, 2), b=9))
t("replace init false", lambda: replace(NoInit()))
t("fields of class with no fields", lambda: fields(dataclass(type("N", (), {}))))
t("is_dataclass instance", lambda: (dataclasses.is_dataclass(H), dataclasses.is_dataclass(H(1)), dataclasses.is_dataclass(type)))
t("dataclass call form", lambda: dataclass()(type("C2", (), {"__annotations__": {"q": int}}))(q=1))
t("eq other type", lambda: (Base() == Derived(), Base() == (1, 2)))
t("frozen inherit", lambda: dataclass(frozen=True)(type("FD", (Base,), {})))
t("post_init missing initvar", lambda: WithInit.__init__.__code__.co_varnames[:3] if hasattr(WithInit.__init__, "__code__") else "skip")


@dataclass
class Slotted:
    __slots__ = ("a", "b")
    a: int
    b: int


t("manual slots", lambda: (Slotted(1, 2), hasattr(Slotted(1, 2), "__dict__")))
t("slots kw", lambda: dataclass(slots=True)(type("S", (), {"__annotations__": {"a": int}}))(1))


@dataclass(slots=True)
class SP:
    x: int
    y: int = 7
    z: list = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class SF:
    a: int


import copy
t("slots class", lambda: (SP(1), SP.__slots__, hasattr(SP(1), "__dict__"), SP(1, 2, [3]) == SP(1, 2, [3]), SP.__qualname__))
t("slots setattr new", lambda: setattr(SP(1), "w", 1))
t("slots frozen", lambda: (SF(1), hash(SF(1)) == hash(SF(1)), copy.deepcopy(SF(2))))
t("slots frozen set", lambda: setattr(SF(1), "a", 2))
t("slots twice", lambda: dataclass(slots=True)(Slotted))
t("weakref no slots", lambda: dataclass(weakref_slot=True)(type("W", (), {})))
