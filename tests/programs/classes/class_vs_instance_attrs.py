# Class attributes vs instance attributes
class Config:
    default = "class default"
    shared_list = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
    def set_default(self, v):
        self.default = v
a = Config("a")
b = Config("b")
print(a.default, b.default, Config.default, Config.count, a.count)
a.set_default("a's own")
print(a.default, b.default, Config.default)
print(sorted(vars(a)), sorted(vars(b)))
a.shared_list.append("from a")
print(b.shared_list, Config.shared_list)
a.shared_list = ["rebinding"]
print(a.shared_list, b.shared_list)
Config.default = "changed on class"
print(a.default, b.default)
del a.default
print(a.default)
a.count += 10
print(a.count, b.count, Config.count)
print("name" in Config.__dict__, "default" in Config.__dict__, "name" in a.__dict__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances, Sub.instances, "instances" in Sub.__dict__)
class Methods:
    def m(self):
        return "method"
obj = Methods()
obj.m = lambda: "instance attribute shadows method"
print(obj.m(), Methods().m())
print(getattr(obj, "missing", "fallback"), hasattr(obj, "m"))
setattr(obj, "dynamic", 123)
print(obj.dynamic, getattr(obj, "dynamic"))
setattr(Methods, "cls_dyn", "on class")
print(Methods().cls_dyn)
delattr(obj, "dynamic")
print(hasattr(obj, "dynamic"))
try:
    getattr(obj, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Config.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(obj, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
class WithDocs:
    """Class docstring."""
    x = 1
print(WithDocs.__doc__, WithDocs().__doc__, Config.__doc__)
print(WithDocs.__name__, WithDocs.__module__, WithDocs.__qualname__)
