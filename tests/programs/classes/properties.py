# property with getter, setter, deleter
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        "Temperature in Celsius."
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius)
t.celsius = 30
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 100
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__)
print(Temperature.fahrenheit.fget is not None, Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)
class Classic:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 2
    def del_v(self):
        self._v = None
    v = property(get_v, set_v, del_v, "the v property")
c = Classic()
c.v = 5
print(c.v, Classic.v.__doc__)
del c.v
print(c.v)
class Sub(Temperature):
    @property
    def celsius(self):
        return "overridden"
s = Sub(10)
print(s.celsius, s.fahrenheit)
try:
    s.celsius = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
class ReadOnly:
    x = property(lambda self: "lambda getter")
print(ReadOnly().x)
class Shadow:
    @property
    def p(self):
        return "property wins"
sh = Shadow()
sh.__dict__["p"] = "instance dict"
print(sh.p)
p2 = property()
class Empty:
    attr = p2
try:
    Empty().attr
except AttributeError as e:
    print(type(e).__name__, e)
