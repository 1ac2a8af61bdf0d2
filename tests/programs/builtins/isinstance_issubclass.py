# isinstance and issubclass, incl. tuples of classes.
class A:
    pass
class B(A):
    pass
class C:
    pass
class D(B, C):
    pass
objs = [A(), B(), C(), D(), 1, True, 1.5, "s", [], None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, int), isinstance(o, object), isinstance(o, (str, (list, float))))
print(issubclass(D, A), issubclass(D, C), issubclass(A, D), issubclass(A, A), issubclass(bool, int), issubclass(int, bool))
print(issubclass(D, (int, C)), issubclass(B, ()), issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type), isinstance(int, type))
print(isinstance(A, type), isinstance(A(), type), issubclass(bool, (str, int)), isinstance(3, ()))
for args in [(1, 1), (A(), "A"), (A, 5)]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("isinstance", type(e).__name__, e)
for args in [(1, int), (A, A()), (A, (A, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("issubclass", type(e).__name__, e)
print(D.__mro__ == (D, B, A, C, object), [k.__name__ for k in D.__mro__], D.__bases__ == (B, C), A.__bases__ == (object,))
class MyList(list):
    pass
print(isinstance(MyList(), list), issubclass(MyList, list), type(MyList()) is list, isinstance([], MyList))
