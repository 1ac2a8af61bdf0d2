# Private name mangling: __x inside a class body means _Class__x.
class C:
    __slots__ = ("__y", "x")
    def __init__(self):
        self.__y = 2
        self.x = self.__helper()
    def __helper(self):
        return 5
    class __N:
        pass
    @staticmethod
    def __s(): return "s"
    def get(self):
        def __inner():
            return self.__y
        return __inner(), __inner.__name__, __inner.__qualname__, C.__s()
c = C()
print(c.get(), c.x, C._C__helper.__name__, C._C__helper.__qualname__, C._C__N.__name__, C._C__N.__qualname__)
print(getattr(c, "_C__y"), hasattr(c, "__y"))
class D(C):
    def peek(self):
        try:
            return self.__y
        except AttributeError as e:
            return str(e)
print(D().peek())
class E:
    __count = 0
    def inc(self):
        E.__count += 1
        return E.__count
    def g(self):
        global __gl
        __gl = 1
        return __gl
print(E().inc(), E().inc(), E().g(), __gl if '__gl' in globals() else globals().get('_E__gl'))
print(f"{E._E__count}")
def outside():
    return __not_mangled
try:
    outside()
except NameError as e:
    print(e)
class F:
    def m(self):
        return [__k for __k in range(3)], (lambda __a=1: __a)()
print(F().m())
