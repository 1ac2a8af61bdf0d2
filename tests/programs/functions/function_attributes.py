# Function attributes: __name__, __doc__, __qualname__, __defaults__, __module__, __dict__
def plain(a, b=2, *args, c=3, **kw):
    """Docstring of plain."""
    return a
print(plain.__name__, plain.__qualname__, plain.__module__)
print(plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__)
def nodoc():
    x = 1
    "not a docstring"
print(nodoc.__doc__)
def multiline_doc():
    """First line.

    More details here.
    """
print(repr(multiline_doc.__doc__))
class Outer:
    def method(self):
        "method doc"
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
    @staticmethod
    def sm():
        pass
    @classmethod
    def cm(cls):
        pass
print(Outer.method.__qualname__, Outer.method.__name__, Outer.method.__doc__)
print(Outer().method().__qualname__)
print(Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.sm.__qualname__, Outer.cm.__qualname__, Outer().method.__name__)
def factory():
    def made():
        pass
    return made
print(factory().__qualname__, factory().__name__)
plain.custom = "custom attribute"
plain.counter = 0
plain.counter += 1
print(plain.custom, plain.counter, sorted(plain.__dict__))
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
plain.__doc__ = "new doc"
print(plain.__doc__)
plain.__qualname__ = "Q.renamed"
print(plain.__qualname__)
print(callable(plain), callable(1), callable(Outer), callable(Outer().method))
try:
    plain.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(plain.missing)
except AttributeError as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
m = Outer().method
print(type(m).__name__, m.__func__ is Outer.method, type(m.__self__).__name__)
print(type(plain).__name__, type(Outer.method).__name__, type(Outer.sm).__name__, type(Outer.cm).__name__)
