# property(): decorator form, setter, deleter, and call form.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__, Temp.fahrenheit.fset, Temp.celsius.fget.__name__)
class Old:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx, None, "the x")
    y = property(lambda self: "y!")
o = Old()
o.x = 5
print(o.x, o.y, Old.x.__doc__)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child sees " + str(self._c)
c = Child()
c.celsius = 20
print(c.celsius)
p = property()
try:
    p.__get__(o, Old)
except AttributeError as e:
    print(type(e).__name__, e)
