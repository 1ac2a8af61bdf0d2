"""A sliver of CPython's `typing`: only `ClassVar`, so that dataclasses can
tell class variables from fields (`x: ClassVar[int] = 0`). Every other
name raises AttributeError (ImportError in a `from typing import`)."""

__all__ = ["ClassVar"]


class _ClassVarAlias:
    """`ClassVar[T]`: remembers T; only compared and printed."""

    def __init__(self, arg):
        self.__origin__ = ClassVar
        self.__args__ = (arg,)

    def __repr__(self):
        arg = self.__args__[0]
        if isinstance(arg, type):
            name = arg.__name__ if arg.__module__ == "builtins" else "%s.%s" % (arg.__module__, arg.__qualname__)
        else:
            name = repr(arg)
        return "typing.ClassVar[%s]" % (name,)

    def __eq__(self, other):
        return isinstance(other, _ClassVarAlias) and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__args__)


class _ClassVarForm:
    """The special form `ClassVar` itself."""

    def __getitem__(self, arg):
        if isinstance(arg, tuple):
            raise TypeError("typing.ClassVar accepts only single type. Got %s." % (arg,))
        return _ClassVarAlias(arg)

    def __repr__(self):
        return "typing.ClassVar"

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.ClassVar")


ClassVar = _ClassVarForm()
