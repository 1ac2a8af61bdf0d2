# Exception args, str, repr for various arities
cases = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    Exception(None),
    Exception(42),
    ValueError(""),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(1),
    IndexError("list index out of range"),
    OSError(2, "No such file"),
    OSError("just message"),
    StopIteration(5),
    SystemExit(3),
    SystemExit(),
    SystemExit("message"),
    AssertionError(),
    UnicodeError("u"),
    NotImplementedError("todo"),
]
for e in cases:
    print(type(e).__name__, "| args:", e.args, "| str:", repr(str(e)), "| repr:", repr(e))
e = ValueError("changeable")
e.args = ("replaced", 1)
print(str(e), repr(e))
e.custom = "extra attribute"
print(e.custom)
print(OSError(2, "msg").errno, OSError(2, "msg").strerror, OSError("x").errno)
print(SystemExit(7).code, SystemExit().code, SystemExit("m").code, SystemExit(1, 2).code)
print(StopIteration("v").value, StopIteration().value)
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit("first", "second")
print(w.args, str(w), repr(w), w.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper("data")
print(ns.args, repr(str(ns)), repr(ns))
class CustomStr(Exception):
    def __str__(self):
        return "custom message"
print(str(CustomStr("ignored")), repr(CustomStr("shown in repr")))
try:
    raise CustomStr("x")
except CustomStr as c:
    print(type(c).__name__, c)
print(str(KeyError("it's")), str(KeyError('say "hi"')), repr(KeyError("n\nl")))
print(BaseException("b").args, isinstance(ValueError(), BaseException))
print(ValueError("a") == ValueError("a"), ValueError.__name__, ValueError.__mro__[1].__name__)
