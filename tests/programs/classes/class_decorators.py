# Decorators applied to classes
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), [Point("a", None)])
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("rect")
class Rect:
    pass
print(sorted(registry), registry["circle"].__name__, Rect.registered_as)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Database:
    def __init__(self, url):
        print("  connecting to", url)
        self.url = url
d1 = Database("db://one")
d2 = Database("db://two")
print(d1 is d2, d1.url, type(Database).__name__)
def count_instances(cls):
    orig_init = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        cls.created += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Widget:
    def __init__(self, name):
        self.name = name
Widget("a"); Widget("b")
print(Widget.created)
order = []
def tag(label):
    def deco(cls):
        order.append(label)
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco
@tag("outer")
@tag("inner")
class Tagged:
    pass
print(order, Tagged.tags)
def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, name, value)
    cls.__setattr__ = __setattr__
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a)
        self._frozen = True
    cls.__init__ = __init__
    return cls
@frozen
class Const:
    def __init__(self, v):
        self.v = v
c = Const(5)
print(c.v)
try:
    c.v = 6
except AttributeError as e:
    print(type(e).__name__, e)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Config:
    debug = True
    def __repr__(self):
        return "Config-instance"
print(Config, Config.debug)
