# except (A, B) as e, exception matching, multiple handlers
def classify(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return f"value/type: {type(e).__name__}({e})"
    except (KeyError,) as e:
        return f"key: {e!r}"
    except (IndexError, ZeroDivisionError, AttributeError):
        return "index/zero/attr (no name)"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except Exception as e:
        return f"generic: {type(e).__name__}"
for exc in [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError(),
            OverflowError("o"), RuntimeError("r"), NotImplementedError("n"), UnicodeError("u")]:
    print(classify(exc))
handlers = (KeyError, IndexError)
try:
    {}["missing"]
except handlers as e:
    print("tuple from variable:", type(e).__name__, e)
def pick(flag):
    return ValueError if flag else KeyError
try:
    raise KeyError("dyn")
except pick(False) as e:
    print("dynamic handler expression:", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("raised class, instance created:", type(e).__name__, repr(e), e.args)
try:
    try:
        raise OSError("inner")
    except (ValueError, OSError) as e:
        print("caught", type(e).__name__, e)
        raise
except OSError as e2:
    print("re-raised", e2)
try:
    raise IndexError("deep")
except (ValueError, KeyError, IndexError) as e:
    print("flat tuple ok", e)
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    try:
        raise ValueError("y")
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
e = "outer value"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
try:
    1 / 0
except BaseException as be:
    print("BaseException catches", type(be).__name__)
