# Single inheritance, overriding, attribute lookup
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"
class Cat(Animal):
    pass
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(type(a).__name__, "|", a.describe())
p = Puppy("bit", 1)
print(p.age, p.kind, Puppy.kind, Cat.kind)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, (Dog, Animal)))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(Dog.__base__.__name__, object.__bases__)
Animal.kind = "creature"
print(Cat("c").kind, Dog("d").kind)
Animal.new_method = lambda self: "added later to " + self.name
print(Puppy("late", 2).new_method())
d = Dog("inst")
d.kind = "instance override"
print(d.kind, Dog.kind)
del d.kind
print(d.kind)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class NoInit(Animal):
    def speak(self):
        return "silent"
n = NoInit("inherits init")
print(n.name, n.speak())
try:
    NoInit()
except TypeError as e:
    print(type(e).__name__, e)
print(type(p) is Puppy, type(p) is Dog, p.__class__.__name__)
class Empty:
    pass
print(Empty.__bases__ == (object,), Empty.__mro__ == (Empty, object))
