"""Smaller listed-module extras: partialmethod, make_dataclass, contextlib.chdir, secrets.SystemRandom, ExitStack details."""
import contextlib
import dataclasses
import functools
import os
import secrets


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, flag=False):
        self.state = (value, flag)
        return self

    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, flag=True)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = functools.partialmethod(make, 1)


c = Cell()
t("partialmethod", lambda: (c.set_alive().state, c.set_dead().state, c.set_dead(flag=False).state))
t("partialmethod class", lambda: (Cell.make_one(2), c.make_one(3)))
t("partialmethod unbound", lambda: Cell.set_alive(Cell()).state)
t("partialmethod nested", lambda: functools.partialmethod(functools.partialmethod(Cell.set_state, 1), flag=2).__get__(Cell())().state)
t("partialmethod bad", lambda: functools.partialmethod(5))
P = dataclasses.make_dataclass("P", ["x", ("y", int), ("z", list, dataclasses.field(default_factory=list)), ("w", str, "dflt")])
t("make_dataclass", lambda: (P(1, 2), P.__name__, P.__module__, [f.name for f in dataclasses.fields(P)], P(1, 2) == P(1, 2)))
Q = dataclasses.make_dataclass("Q", [("a", int, 0)], bases=(P,), order=True, namespace={"double": lambda self: self.a * 2})
t("make_dataclass bases", lambda: (Q(1, 2, [], "w", 5), Q(0, 0, a=3).double(), Q(0, 0, a=1) < Q(0, 0, a=2)))
t("make_dataclass dup", lambda: dataclasses.make_dataclass("R", ["a", "a"]))
t("make_dataclass kw", lambda: dataclasses.make_dataclass("R", ["class"]))
t("make_dataclass bad", lambda: dataclasses.make_dataclass("R", ["1a"]))
t("make_dataclass item", lambda: dataclasses.make_dataclass("R", [("a", int, 1, 2)]))
os.makedirs("_tmp_extras_audit/sub", exist_ok=True)
here = os.getcwd()
with contextlib.chdir("_tmp_extras_audit/sub"):
    print("chdir", os.path.basename(os.getcwd()), os.path.basename(os.path.dirname(os.getcwd())))
print("back", os.getcwd() == here)
try:
    with contextlib.chdir("_tmp_extras_audit"):
        raise ValueError("inside")
except ValueError:
    print("restored after error", os.getcwd() == here)
t("chdir missing", lambda: contextlib.chdir("_tmp_extras_audit/nope").__enter__())
os.rmdir("_tmp_extras_audit/sub")
os.rmdir("_tmp_extras_audit")
r = secrets.SystemRandom()
t("SystemRandom", lambda: (0 <= r.random() < 1, 1 <= r.randint(1, 3) <= 3, type(r).__name__, r.choice("ab") in "ab"))
log = []
with contextlib.ExitStack() as st:
    st.callback(log.append, 1)
    st.push(lambda *exc: log.append(("push", exc[0])))
    inner = st.pop_all()
log.append("after")
inner.close()
t("ExitStack pop_all", lambda: log)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return self.name == "swallow"


log.clear()
with contextlib.ExitStack() as st:
    st.enter_context(Resource("a"))
    st.enter_context(Resource("swallow"))
    raise KeyError("x")
t("ExitStack swallow", lambda: log)
t("enter_context bad", lambda: contextlib.ExitStack().enter_context(5))
t("closing", lambda: (lambda o: (contextlib.closing(o).__enter__() is o))(type("C", (), {"close": lambda self: None})()))


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        log.append("deco in")
        return self

    def __exit__(self, *exc):
        log.append("deco out")
        return False


@Deco()
def decorated(x):
    log.append(x)
    return x * 2


log.clear()
t("ContextDecorator", lambda: (decorated(4), log))
t("suppress subclass", lambda: (lambda: [contextlib.suppress(LookupError).__exit__(KeyError, KeyError("k"), None)])())
t("suppress none", lambda: contextlib.suppress().__exit__(ValueError, ValueError(), None))
F = dataclasses.make_dataclass("F", [("a", int)], frozen=True)
t("make_dataclass frozen", lambda: setattr(F(1), "a", 2))
t("classmethod __get__", lambda: (classmethod(lambda cls: cls.__name__).__get__(None, Cell)(), classmethod(lambda cls: cls).__get__(Cell())() is Cell,
                                  staticmethod(len).__get__(5)("ab"), hasattr(staticmethod(len), "__get__")))
t("staticmethod __get__ none", lambda: staticmethod(len).__get__(None))
t("classmethod __get__ none", lambda: classmethod(len).__get__(None, None))
