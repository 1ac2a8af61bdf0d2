# isinstance and issubclass across user and built-in types
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
objs = [A(), B(), C(), D(), 1, True, 1.5, "s", [], (), {}, None]
for o in objs:
    print(type(o).__name__, [isinstance(o, t) for t in (A, B, C, D, int, object)])
print(isinstance(1, (str, int)), isinstance("x", (int, float)), isinstance(D(), (C,)))
print(isinstance(1, (str, (float, (int,)))), isinstance(True, (bool,)))
print(issubclass(D, (C, int)), issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(Exception, BaseException))
print(issubclass(list, object), issubclass(list, (tuple, dict)), isinstance([], (list, tuple)))
for bad in [(1, int), (D(), D)]:
    try:
        print(issubclass(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (int, "x")))
try:
    isinstance(1, ("x", int))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(A, type), isinstance(A(), type), issubclass(A, A))
print(type(1) == int, type(True) == int, type(True) == bool)
print(isinstance(None, type(None)), isinstance(print, object))
class MyInt(int): pass
print(isinstance(MyInt(3), int), issubclass(MyInt, int), type(MyInt(3)) is int)
print(isinstance(range(3), range), isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(isinstance(frozenset(), set), isinstance(set(), frozenset), issubclass(frozenset, object))
print(issubclass(StopIteration, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
