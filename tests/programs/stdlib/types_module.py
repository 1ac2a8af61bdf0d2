# The types module: built-in type names and SimpleNamespace (construction,
# attributes, repr including nesting and recursion, equality, errors).
import sys
import types


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(types.NoneType is type(None), types.NotImplementedType is type(NotImplemented))
print(types.EllipsisType is type(...))
print(types.FunctionType.__name__, types.ModuleType.__name__, types.GeneratorType.__name__)

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [1, 2]
del ns.a
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace(), types.SimpleNamespace(y=2, **{"x": 1}))
print(ns == types.SimpleNamespace(b="two", c=[1, 2]), ns == types.SimpleNamespace(b="two"))
print(ns != 5, ns == 5)
inner = types.SimpleNamespace(v=types.SimpleNamespace(w=1))
print(inner)
rec = types.SimpleNamespace(name="r")
rec.self = rec
print(rec)


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=9), isinstance(Sub(), types.SimpleNamespace))
print(types.SimpleNamespace.__module__)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.SimpleNamespace({"x": 1})
except TypeError as e:
    print("TypeError:", e)
