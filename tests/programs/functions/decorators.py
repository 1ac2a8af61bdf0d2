# Function decorators
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"  call {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"  {func.__name__} returned {result!r}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
print(add.__name__)
def shout(func):
    return lambda *a: func(*a).upper()
def exclaim(func):
    return lambda *a: func(*a) + "!"
@shout
@exclaim
def hello(name):
    return "hello " + name
print(hello("world"))
@exclaim
@shout
def hello2(name):
    return "hello " + name
print(hello2("world"))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@mark("outer")
@mark("inner")
def marked():
    pass
print(order)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
noop(1); noop(2); noop(3)
print(noop.calls)
def replace_with_value(func):
    return func()
@replace_with_value
def computed():
    return 42
print(computed)
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
@(lambda f: lambda: f() * 2)
def doubled():
    return 21
print(doubled())
decos = [trace]
@decos[0]
def indexed(x):
    return x
indexed(7)
class Holder:
    @staticmethod
    def deco(f):
        f.tagged = True
        return f
@Holder.deco
def tagged_fn():
    pass
print(tagged_fn.tagged)
