# classmethod and staticmethod.
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.__name__ + ":" + str(cls.count)
    @staticmethod
    def add(a, b):
        return a + b
    def plain(self):
        return "plain"
class Sub(Counter):
    pass
Counter.make(3)
print(Counter.how_many(), Sub.how_many(), Sub().how_many(), Counter.count)
print(Counter.add(2, 3), Counter().add(4, 5), Sub.add("a", "b"))
print(type(Counter.__dict__["make"]).__name__, type(Counter.__dict__["add"]).__name__)
print(isinstance(Counter.__dict__["make"], classmethod), isinstance(Counter.__dict__["add"], staticmethod))
def helper(x):
    return x * 2
class Late:
    double = staticmethod(helper)
    @classmethod
    def name(cls):
        return cls.__name__
    alt = classmethod(lambda cls, y: (cls.__name__, y))
print(Late.double(21), Late().double(4), Late.name(), Late.alt(7), Late().alt(8))
sm = Counter.__dict__["add"]
print(sm.__func__(1, 2), Counter.__dict__["make"].__func__.__name__)
bound = Counter.how_many
print(bound(), bound.__self__ is Counter, bound.__name__)
try:
    Counter.plain()
except TypeError as e:
    print(type(e).__name__, e)
