# __setattr__ and __delattr__
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)
l = Logged()
l.b = 2
l.a += 10
setattr(l, "c", 3)
print(vars(l))
del l.b
delattr(l, "c")
print(vars(l))
try:
    del l.zzz
except AttributeError as e:
    print(type(e).__name__, e)
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")
ro = ReadOnly()
try:
    ro.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, name, value)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
class UsesDict:
    def __setattr__(self, name, value):
        self.__dict__[name] = str(value) + "!"
u = UsesDict()
u.x = 1
u.y = [2]
print(u.x, u.y, u.__dict__)
class Protected:
    def __init__(self):
        object.__setattr__(self, "locked", True)
        object.__setattr__(self, "value", 0)
    def __delattr__(self, name):
        if self.locked:
            raise AttributeError(f"cannot delete {name}")
        object.__delattr__(self, name)
pr = Protected()
try:
    del pr.value
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(pr, "locked", False)
del pr.value
print(hasattr(pr, "value"))
class Counter:
    def __init__(self):
        super().__setattr__("sets", 0)
    def __setattr__(self, name, value):
        super().__setattr__("sets", self.sets + 1)
        super().__setattr__(name, value)
c = Counter()
c.a = 1
c.b = 2
c.a = 3
print(c.sets, c.a, c.b)
class Child(Logged):
    def __init__(self):
        super().__init__()
        self.child_attr = "x"
ch = Child()
print(sorted(vars(ch)))
class WithProperty:
    def __init__(self):
        self._p = 0
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        print("  property setter", v)
        self._p = v
    def __setattr__(self, name, value):
        print(f"  __setattr__ {name}")
        super().__setattr__(name, value)
wp = WithProperty()
wp.p = 9
print(wp.p)
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
