"""Names for built-in types and `SimpleNamespace` (CPython's `types`, in
the subset). Only what the subset has: `MappingProxyType`, `new_class`,
`coroutine` and the frame/traceback types are not provided, so using them
raises AttributeError naming them."""

import sys


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = FunctionType
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

del _function, _generator, _Class


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; equal to another namespace with the same attributes."""

    __piepie_tp_name__ = "types.SimpleNamespace"

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if self in _repr_running:
            return name + "(...)"
        _repr_running.append(self)
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            _repr_running.pop()

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = "types"
# Namespaces whose repr is being built (a namespace containing itself
# shows as `namespace(...)`), compared by identity.
_repr_running = []
