# __new__ and __init__
class Traced:
    def __new__(cls, *args, **kwargs):
        print("  __new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, a, b=2):
        print("  __init__", a, b)
        self.a = a
        self.b = b
t = Traced(1, b=3)
print(t.a, t.b, t.created_by_new)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("  creating singleton")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("  init runs every time")
s1 = Singleton()
s2 = Singleton()
print(s1 is s2)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never called because __new__ returned a non-instance")
print(ReturnsOther())
class Base:
    def __init__(self):
        self.base_init = True
class NoSuperInit(Base):
    def __init__(self):
        self.own = True
n = NoSuperInit()
print(n.own, hasattr(n, "base_init"))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key in cls.cache:
            return cls.cache[key]
        obj = super().__new__(cls)
        cls.cache[key] = obj
        return obj
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached.cache))
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj
print(OnlyNew(7).x)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__)
class Sub(Traced):
    def __init__(self):
        super().__init__("from sub")
sb = Sub()
print(type(sb).__name__, sb.a)
print(type(object.__new__(NoArgs)).__name__)
