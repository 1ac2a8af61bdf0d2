# raise ... from ..., __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause:", repr(e.__cause__),
          "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("low level")
    except KeyError as low:
        raise RuntimeError("high level") from low
except RuntimeError as e:
    show(e)
    print("cause is context:", e.__cause__ is e.__context__)
try:
    try:
        raise KeyError("implicit")
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    show(e)
try:
    try:
        raise KeyError("hidden")
    except KeyError:
        raise ValueError("no context shown") from None
except ValueError as e:
    show(e)
try:
    raise IndexError("explicit cause outside handler") from OSError("cause")
except IndexError as e:
    show(e)
try:
    raise IndexError("cause is class") from ZeroDivisionError
except IndexError as e:
    show(e)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        try:
            raise ValueError("level 1")
        except ValueError:
            raise KeyError("level 2")
    except KeyError:
        raise IndexError("level 3")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}:{cur}")
        cur = cur.__context__
    print(" <- ".join(chain))
err = RuntimeError("manual")
err.__cause__ = ValueError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise err
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def handler_reraise():
    try:
        raise ValueError("original")
    except ValueError as e:
        raise e
try:
    handler_reraise()
except ValueError as e:
    print("re-raise same object context:", e.__context__)
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            pass
        raise TypeError("C")
except TypeError as c:
    print("C context:", repr(c.__context__), "A context:", repr(c.__context__.__context__))
try:
    raise KeyError("x") from None
except KeyError as e:
    show(e)
