# Decorators that take arguments
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bo"))
def prefix(p, sep=": "):
    def deco(func):
        def wrapped(*a):
            return p + sep + str(func(*a))
        wrapped.__name__ = func.__name__
        wrapped.__doc__ = func.__doc__
        wrapped.__qualname__ = func.__qualname__
        return wrapped
    return deco
@prefix("LOG")
def compute(x):
    "Compute something."
    return x * 2
print(compute(21), compute.__name__, compute.__doc__, compute.__qualname__)
@prefix("A", sep="-")
@prefix("B")
def layered():
    return "core"
print(layered())
def validate(**types):
    def deco(func):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}, got {type(kwargs.get(k)).__name__}")
            return func(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print(type(e).__name__, e)
def retry(attempts):
    def deco(func):
        def wrapper(*args):
            for i in range(1, attempts + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"  attempt {i} failed: {e}")
            return "gave up"
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet " + str(state["n"]))
    return "succeeded on " + str(state["n"])
print(flaky())
state["n"] = -10
print(flaky())
def optional_args(func=None, *, label="default"):
    def deco(f):
        def w():
            return label + ":" + f()
        return w
    if func is None:
        return deco
    return deco(func)
@optional_args
def plain():
    return "p"
@optional_args(label="custom")
def custom():
    return "c"
print(plain(), custom())
class Counted:
    def __init__(self, start):
        self.start = start
    def __call__(self, func):
        count = [self.start]
        def wrapper(*a):
            count[0] += 1
            return func(*a), count[0]
        return wrapper
@Counted(100)
def work(v):
    return v
print(work("a"), work("b"))
