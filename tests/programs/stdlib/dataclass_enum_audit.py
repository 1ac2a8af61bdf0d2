"""Adversarial dataclasses, enum, contextlib and copy checks."""
import copy
import contextlib
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)


@dataclass(order=True, frozen=True)
class F:
    a: int
    b: str = "z"


t("repr", lambda: P(1))
t("eq", lambda: (P(1) == P(1), P(1) == P(1, secret="other"), P(1) == P(2), P(1) == (1, 0)))
t("defaults indep", lambda: P(1).tags is not P(1).tags)
t("fields", lambda: [(f.name, f.type, f.default is dataclasses.MISSING) for f in fields(P)])
t("fields inst", lambda: [f.name for f in fields(P(1))])
t("fields bad", lambda: fields(5))
t("asdict", lambda: asdict(P(1, 2, [F(3)])))
t("astuple", lambda: astuple(P(1, 2, [3])))
t("replace", lambda: replace(P(1), y=5))
t("replace bad", lambda: replace(P(1), z=5))
t("missing arg", lambda: P())
t("too many", lambda: P(1, 2, [], "s", 5))
t("frozen set", lambda: setattr(F(1), "a", 2))
t("frozen del", lambda: delattr(F(1), "a"))
t("frozen hash", lambda: hash(F(1)) == hash(F(1)))
t("unfrozen hash", lambda: hash(P(1)))
t("order", lambda: (F(1) < F(2), F(1, "a") < F(1, "b"), sorted([F(3), F(1), F(2, "a")])))
t("order bad", lambda: F(1) < 5)
t("no order", lambda: P(1) < P(2))
t("is_dataclass", lambda: (dataclasses.is_dataclass(P), dataclasses.is_dataclass(P(1)), dataclasses.is_dataclass(1)))
t("mutable default", lambda: dataclass(type("M", (), {"__annotations__": {"x": list}, "x": []})))
t("default order", lambda: dataclass(type("M", (), {"__annotations__": {"x": int, "y": int}, "x": 1})))


@dataclass
class Child(P):
    z: int = 9


t("inherit", lambda: (Child(1, 2, [], "s", 3), [f.name for f in fields(Child)]))


@dataclass(eq=False)
class NoEq:
    v: int


t("eq False", lambda: (NoEq(1) == NoEq(1), hash(NoEq(1)) is not None))


@dataclass
class Post:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


t("post_init", lambda: Post(3))
t("field repr", lambda: repr(field(default=1)).startswith("Field("))
t("match_args", lambda: P.__match_args__)


@dataclass(repr=False)
class NoRepr:
    v: int


t("repr False", lambda: repr(NoRepr(1)).startswith("<__main__.NoRepr object"))


@dataclass
class Nested:
    inner: P
    items: dict


t("nested repr", lambda: Nested(P(1), {"k": P(2)}))
t("asdict nested", lambda: asdict(Nested(P(1), {"k": (P(2),)})))

# enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class N(IntEnum):
    ONE = 1
    TWO = 2


class A(Enum):
    X = auto()
    Y = auto()


class S(str, Enum):
    a = "aa"


t("enum", lambda: (Color.RED, str(Color.RED), Color.RED.name, Color.RED.value, repr(Color.GREEN)))
t("alias", lambda: (Color.CRIMSON is Color.RED, Color(1), Color["BLUE"], list(Color), len(Color)))
t("members", lambda: list(Color.__members__))
t("lookup bad", lambda: Color(9))
t("lookup bad name", lambda: Color["PINK"])
t("compare", lambda: (Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE))
t("order", lambda: Color.RED < Color.BLUE)
t("intenum", lambda: (N.ONE + 1, N.ONE < N.TWO, N(2), N.TWO == 2, str(N.ONE), repr(N.ONE), format(N.TWO), f"{N.ONE}"))
t("intenum sort", lambda: sorted([N.TWO, N.ONE, 0]))
t("auto", lambda: (A.X.value, A.Y.value, list(A)))
t("str mixin", lambda: (S.a == "aa", S.a.upper(), str(S.a), repr(S.a), format(S.a), f"{S.a:>5}", hash(S.a) == hash("aa")))
t("in", lambda: (Color.RED in Color, 1 in [c.value for c in Color]))
t("hash", lambda: {Color.RED: 1}[Color.CRIMSON])
t("setattr", lambda: setattr(Color.RED, "value", 5))
t("reassign", lambda: setattr(Color, "RED", 5))
t("isinstance", lambda: (isinstance(Color.RED, Color), type(Color.RED), isinstance(N.ONE, int)))
t("functional", lambda: list(Enum("Animal", "ANT BEE CAT")))
t("functional list", lambda: [(m.name, m.value) for m in Enum("T", [("a", 5), ("b", 6)])])
t("functional dict", lambda: Enum("T", {"x": "y"}).x)
t("bool", lambda: bool(Color.RED))
t("iter aliases", lambda: [m.name for m in Color])
t("dir-ish", lambda: Color.RED.__class__.__name__)


def make_dup():
    @unique
    class D(Enum):
        A = 1
        B = 1
    return D


t("unique", make_dup)


def make_reuse():
    class D(Enum):
        A = 1
        A = 2
    return D




def extend():
    class X(Color):
        pass


t("subclass enum with members", extend)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


t("flag", lambda: (Perm.R | Perm.W, (Perm.R | Perm.W).value, Perm.R in (Perm.R | Perm.X), bool(Perm(0)), Perm(7)))


class Mood(Enum):
    HAPPY = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.HAPPY


t("methods", lambda: (Mood.HAPPY.describe(), Mood.default()))

# contextlib


@contextlib.contextmanager
def cm(tag):
    print("enter", tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", tag)


with cm("a") as v:
    print("body", v)
with cm("b"):
    raise ValueError("inside")
try:
    with cm("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextlib.contextmanager
def two_yields():
    yield
    yield


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)


@cm("deco")
def decorated():
    print("in decorated")


decorated()
with contextlib.ExitStack() as stack:
    stack.enter_context(cm("s1"))
    stack.enter_context(cm("s2"))
    stack.callback(print, "callback")
print("closing", contextlib.closing)
with contextlib.nullcontext(5) as n:
    print("nullcontext", n)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print("redirected", repr(buf.getvalue()))

# copy


class Obj:
    def __init__(self):
        self.items = [1, [2, 3]]
        self.d = {"k": [4]}


o = Obj()
s = copy.copy(o)
d = copy.deepcopy(o)
o.items[1].append(99)
print("copy", s.items, d.items, s.items is o.items, d.d == o.d, d.d["k"] is o.d["k"])
lst = [1, 2]
lst.append(lst)
dl = copy.deepcopy(lst)
print("recursive", dl[2] is dl, dl[:2])
shared = [1]
pair = copy.deepcopy([shared, shared])
print("memo", pair[0] is pair[1])


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom("copied " + str(self.v))

    def __deepcopy__(self, memo):
        return Custom("deep " + str(self.v))


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)
print(copy.copy((1, 2)), copy.deepcopy((1, [2]))[1], copy.copy(frozenset({1})), copy.deepcopy({1: {2: 3}}))
print(copy.copy(P(1, 2, [3])), copy.deepcopy(Color.RED) is Color.RED, copy.deepcopy(F(1)))
t("copy func", lambda: copy.deepcopy(len) is len)
t("copy set", lambda: sorted(copy.deepcopy({1, 2})))
t("copy bytes", lambda: copy.copy(b"ab"))
t("copy error", lambda: copy.Error.__name__)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sc = copy.deepcopy(Slots())
t("slots copy", lambda: (sc.a, hasattr(sc, "b")))
