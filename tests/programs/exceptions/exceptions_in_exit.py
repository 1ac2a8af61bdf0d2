# Exceptions raised in __exit__ and interaction with the body's exception
class CM:
    def __init__(self, name, exit_raises=None, suppress=False):
        self.name = name
        self.exit_raises = exit_raises
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} sees {et.__name__ if et else None}")
        if self.exit_raises:
            raise self.exit_raises
        return self.suppress
try:
    with CM("a", exit_raises=ValueError("from exit")):
        print("  body ok")
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
try:
    with CM("b", exit_raises=ValueError("from exit")):
        raise KeyError("from body")
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
except KeyError as e:
    print("not reached", e)
try:
    with CM("outer"), CM("inner", exit_raises=TypeError("inner exit")):
        raise KeyError("body")
except TypeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
try:
    with CM("outer-sup", suppress=True), CM("inner", exit_raises=TypeError("inner exit")):
        raise KeyError("body")
    print("outer suppressed the inner exit exception")
except TypeError:
    print("not reached")
try:
    with CM("outer", exit_raises=RuntimeError("outer exit")):
        with CM("inner", suppress=True):
            raise KeyError("body")
        print("  after inner (suppressed)")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
class ExitReRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev
try:
    with ExitReRaises():
        raise IndexError("body error re-raised by exit")
except IndexError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
class ExitTranslates:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("translated") from ev
try:
    with ExitTranslates():
        raise KeyError("k")
except LookupError as e:
    print("caught", repr(e), "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
def func_with_cm():
    with CM("in func", exit_raises=OSError("exit in func")):
        return "return value lost"
try:
    print(func_with_cm())
except OSError as e:
    print("caught", repr(e))
for i in range(2):
    try:
        with CM(f"loop{i}", exit_raises=ValueError(i) if i else None):
            continue
    except ValueError as e:
        print("loop caught", repr(e))
