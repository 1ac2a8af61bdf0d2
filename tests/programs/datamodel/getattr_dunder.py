# __getattr__ (fallback) and __getattribute__-free attribute tricks
class Dynamic:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        if name == "boom":
            raise ValueError("not an AttributeError")
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
d = Dynamic()
print(d.existing, d.inst)
print(d.get_thing())
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "get_x"), hasattr(d, "nothing"))
print(getattr(d, "nothing", "default"))
try:
    d.boom
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(d, "boom")
except ValueError as e:
    print("hasattr propagates", type(e).__name__)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, len(p._target))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
class Defaults:
    def __getattr__(self, name):
        return f"<default {name}>"
df = Defaults()
df.real = "real"
print(df.real, df.anything, df.__class__.__name__)
try:
    df.__len__
    print("dunder via __getattr__ on instance:", df.__len__)
except AttributeError as e:
    print(type(e).__name__, e)
class PropFails:
    @property
    def value(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(PropFails().value)
class Inherited(Dynamic):
    pass
print(Inherited().get_sub())
class Recursive:
    def __init__(self):
        self.data = {"x": 1}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
r = Recursive()
print(r.x)
try:
    r.y
except AttributeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
class ClassLevel:
    pass
try:
    ClassLevel.nope
except AttributeError as e:
    print(type(e).__name__, e)
