# dir() and vars().
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.inst = 5
        self._private = 6
    def method(self):
        return 1
    @property
    def prop(self):
        return 2
t = Thing()
print([n for n in dir(Thing) if not n.startswith("__")])
print([n for n in dir(t) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t))
print(vars(t), t.__dict__ is vars(t))
t.extra = [1]
print(vars(t))
v = vars(t)
v["injected"] = True
print(t.injected)
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
def func():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(func())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
print([n for n in dir(5) if not n.startswith("_")])
print(len([n for n in dir({}) if not n.startswith("_")]))
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
