__all__ = ["public_func", "_listed_private", "CONST"]


def public_func():
    return "public_func from with_all"


def _listed_private():
    return "_listed_private is exported because it is in __all__"


def not_listed():
    return "not exported"


CONST = 42
OTHER = 43
