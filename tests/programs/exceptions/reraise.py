# Re-raising with bare raise and raise e
def risky():
    raise ValueError("original problem")
def handler_logs_and_reraises():
    try:
        risky()
    except ValueError as e:
        print("  logging:", e)
        raise
try:
    handler_logs_and_reraises()
except ValueError as e:
    print("caught re-raised:", e, "| context:", e.__context__)
def reraise_after_other_handled():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner handled")
        except ValueError:
            pass
        raise
try:
    reraise_after_other_handled()
except KeyError as e:
    print("bare raise re-raises the current (outer) exception:", repr(e))
def bare_raise_without_active():
    raise
try:
    bare_raise_without_active()
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_modified():
    try:
        raise ValueError("first")
    except ValueError as e:
        e.args = ("modified",) + e.args
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e.args)
def raise_stored():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    print("  handler done, raising saved later")
    raise saved
try:
    raise_stored()
except ZeroDivisionError as e:
    print("stored exception raised again:", e)
def reraise_in_finally():
    try:
        try:
            raise IndexError("idx")
        finally:
            print("  finally sees active exception")
    except IndexError:
        print("  outer handler")
        raise
try:
    reraise_in_finally()
except IndexError as e:
    print("final:", e)
def conditional_reraise(exc):
    try:
        raise exc
    except Exception as e:
        if isinstance(e, KeyError):
            return "handled KeyError"
        raise
print(conditional_reraise(KeyError("k")))
try:
    conditional_reraise(TypeError("t"))
except TypeError as e:
    print("re-raised TypeError", e)
def raise_type_again():
    try:
        raise ValueError("v1")
    except ValueError as e:
        raise type(e)("v2 of same type")
try:
    raise_type_again()
except ValueError as e:
    print(e, "| context:", e.__context__)
import sys
try:
    raise KeyError("for sys.exc_info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
