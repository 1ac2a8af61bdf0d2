# Exceptions propagating through frames, finally blocks along the way
log = []
def level3(x):
    log.append("enter 3")
    try:
        if x == 0:
            raise ZeroDivisionError("x is zero")
        return 10 / x
    finally:
        log.append("finally 3")
def level2(x):
    log.append("enter 2")
    try:
        return level3(x) * 2
    finally:
        log.append("finally 2")
def level1(x):
    log.append("enter 1")
    try:
        return level2(x)
    except ArithmeticError as e:
        log.append(f"caught in 1: {e}")
        return None
    finally:
        log.append("finally 1")
print(level1(5), log)
log.clear()
print(level1(0), log)
def in_comprehension():
    return [10 // v for v in [5, 2, 0, 1]]
try:
    in_comprehension()
except ZeroDivisionError as e:
    print("from comprehension:", e)
def gen():
    yield 1
    raise ValueError("inside generator")
def consume():
    total = 0
    for v in gen():
        total += v
    return total
try:
    consume()
except ValueError as e:
    print("from generator:", e)
def callback_raiser(v):
    if v > 2:
        raise KeyError(v)
    return v
try:
    print(list(map(callback_raiser, range(5))))
except KeyError as e:
    print("from map callback:", repr(e))
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("from sort key:", e)
class Lazy:
    @property
    def value(self):
        raise AttributeError("property failed")
try:
    Lazy().value
except AttributeError as e:
    print("from property:", e)
def recurse(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    try:
        recurse(n - 1)
    finally:
        log.append(n)
log.clear()
try:
    recurse(5)
except RuntimeError as e:
    print(e, log)
def swallow():
    try:
        raise ValueError("swallowed here")
    except ValueError:
        pass
    return "normal return after swallow"
print(swallow())
def handler_in_caller():
    def inner():
        raise TypeError("inner type error")
    try:
        inner()
    except TypeError as e:
        return f"caller handled: {e}"
print(handler_in_caller())
def exception_in_default():
    def f(x=None):
        return x
    try:
        f(undefined_name_here)
    except NameError as e:
        return str(e)
print(exception_in_default())
def exception_then_success():
    results = []
    for v in [1, 0, 2, "x", 4]:
        try:
            results.append(8 // v)
        except ZeroDivisionError:
            results.append("div0")
        except TypeError:
            results.append("type")
    return results
print(exception_then_success())
