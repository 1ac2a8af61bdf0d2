# __enter__ / __exit__ including exception suppression
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print(f"  exit {self.name} cleanly")
        else:
            print(f"  exit {self.name} with {exc_type.__name__}: {exc_value} (tb present: {tb is not None})")
        return self.suppress
with Managed("a") as m:
    print("inside", m.name)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
class Truthy:
    def __enter__(self):
        return "entered value"
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy() as v:
    print(v)
    1 / 0
print("ZeroDivisionError suppressed by truthy return")
class Selective:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, ArithmeticError)
for exc in [ZeroDivisionError("z"), OverflowError("o"), TypeError("t")]:
    try:
        with Selective():
            raise exc
        print("suppressed", type(exc).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("  never called")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
def gen_return():
    with Managed("in func"):
        return "returned value"
print(gen_return())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            break
class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("  depth", self.depth)
        return self
    def __exit__(self, *a):
        self.depth -= 1
        return False
r = Reusable()
with r:
    with r:
        with r:
            pass
print("final depth", r.depth)
class ExitArgs:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        print("  exit got", len(args), "args:", [type(a).__name__ for a in args[:2]], args[2] is None)
with ExitArgs() as nothing:
    print(nothing)
try:
    with ExitArgs():
        raise IndexError("i")
except IndexError:
    print("propagated IndexError")
