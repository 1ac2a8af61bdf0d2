# __call__
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale
add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=3), add.calls, callable(add))
print(list(map(add, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "str"
    s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __call__(self, part):
        return Chain(self.path + (part,))
    def __repr__(self):
        return "/".join(self.path)
print(Chain()("usr")("local")("bin"))
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
class CallInstanceAttr:
    pass
obj = CallInstanceAttr()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
print(obj.__call__())
class CallArgs:
    def __call__(self, a, /, b, *, c):
        return a, b, c
ca = CallArgs()
print(ca(1, 2, c=3), ca(1, b=2, c=3))
try:
    ca(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
class CallReturnsSelf:
    def __call__(self):
        return self
crs = CallReturnsSelf()
print(crs()()() is crs)
class Sub(Adder):
    pass
print(Sub(1)(1))
