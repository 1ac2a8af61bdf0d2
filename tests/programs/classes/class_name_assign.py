# Assigning a class's __name__ and __qualname__ (kept out of the class dict).
class C:
    class D:
        pass
print(C.D.__qualname__, C.__qualname__, "__qualname__" in C.__dict__)
C.__qualname__ = "X.Y"
C.__name__ = "Z"
print(C.__qualname__, C.__name__, C, C.__dict__.get("__qualname__"), C.__dict__.get("__name__"))
class E(C):
    pass
print(E.__qualname__, E.__name__)
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
try:
    C.__qualname__ = 5
except TypeError as e:
    print(e)
