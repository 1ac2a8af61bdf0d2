# Descriptors with __get__ / __set__ / __delete__
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("  deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
print(type(Person.name).__name__, Person.name.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return f"non-data from {objtype.__name__}, obj is {type(obj).__name__}"
class Host:
    nd = NonData()
h = Host()
print(h.nd)
print(Host.nd)
h.__dict__["nd"] = "instance dict wins over non-data descriptor"
print(h.nd)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("  DataDesc.__set__", value)
class Host2:
    dd = DataDesc()
h2 = Host2()
h2.__dict__["dd"] = "ignored"
print(h2.dd)
h2.dd = 5
class Counter:
    def __init__(self):
        self.accesses = 0
    def __get__(self, obj, objtype=None):
        self.accesses += 1
        return self.accesses
class UsesCounter:
    c = Counter()
u = UsesCounter()
print(u.c, u.c, UsesCounter.c)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def greet(self, who):
        return f"{type(self).__name__} greets {who}"
print(UsesMethod().greet("you"))
def func(self):
    return "bound manually"
bound = func.__get__(UsesMethod(), UsesMethod)
print(bound(), type(bound).__name__)
