"""Data classes (CPython's `dataclasses`, basic parts, in the subset).

`@dataclass` (with or without arguments: init, repr, eq, order,
unsafe_hash, frozen, match_args), `field`, `fields`, `asdict`, `astuple`,
`replace`, `is_dataclass`, `MISSING` and `FrozenInstanceError`.

As in CPython, the generated `__init__` is compiled from source text with
`exec`, so its argument errors are the interpreter's own
(`P.__init__() missing 1 required positional argument: 'x'`).
`InitVar` pseudo-fields (passed to `__post_init__`), `KW_ONLY` and
`kw_only=` (on `field` and `dataclass`) work as in CPython, and so do
`typing.ClassVar` annotations (class variables, not fields). Not
supported: `slots=`, `make_dataclass`.
"""

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "replace",
    "is_dataclass",
    "make_dataclass",
    "InitVar",
    "KW_ONLY",
]


class InitVar:
    """Marks an init-only pseudo-field: an `__init__` argument passed on to
    `__post_init__`, never stored. `InitVar[T]` is accepted (piepie's
    class subscription gives the class back)."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return "dataclasses.InitVar[%s]" % (getattr(self.type, "__name__", repr(self.type)),)


class KW_ONLY:
    """Sentinel annotation: the fields after `_: KW_ONLY` are keyword-only."""


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    """One field of a dataclass, as `fields()` returns it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = "_FIELD"

    def __repr__(self):
        return (
            "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
            "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
            % (
                self.name,
                self.type,
                self.default,
                self.default_factory,
                self.init,
                self.repr,
                self.hash,
                self.compare,
                self.metadata,
                self.kw_only,
                self._field_type,
            )
        )


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init,
            self.repr,
            self.eq,
            self.order,
            self.unsafe_hash,
            self.frozen,
        )


def field(
    *,
    default=MISSING,
    default_factory=MISSING,
    init=True,
    repr=True,
    hash=None,
    compare=True,
    metadata=None,
    kw_only=MISSING,
):
    """Describe a field: its default, default factory and flags."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _tuple_str(obj_name, flds):
    if not flds:
        return "()"
    return "(%s,)" % ",".join("%s.%s" % (obj_name, f.name) for f in flds)


def _create_fn(cls, name, args, body, namespace):
    """Compile `def name(args): body` with `namespace` as its globals."""
    lines = "\n".join("  " + line for line in body) if body else "  pass"
    source = "def %s(%s):\n%s\n" % (name, ", ".join(args), lines)
    ns = dict(namespace)
    exec(source, ns)
    fn = ns[name]
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s, %r, %s)" % (self_name, name, value)
    return "%s.%s = %s" % (self_name, name, value)


def _init_fn(cls, flds, frozen, has_post_init):
    seen_default = False
    std_fields = [f for f in flds if f.init and not f.kw_only and f._field_type != "_FIELD_CLASSVAR"]
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))
    namespace = {
        "MISSING": MISSING,
        "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
    }
    args = ["self"]
    kw_args = []
    body = []
    for f in flds:
        target = kw_args if f.kw_only else args
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if f._field_type == "_FIELD_INITVAR":
            if f.default is MISSING:
                target.append(f.name)
            else:
                namespace["_dflt_" + f.name] = f.default
                target.append("%s=_dflt_%s" % (f.name, f.name))
            continue
        if f.default_factory is not MISSING:
            namespace["_dflt_" + f.name] = f.default_factory
            if f.init:
                target.append("%s=_HAS_DEFAULT_FACTORY" % f.name)
                value = "_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_dflt_%s()" % f.name
        elif f.init:
            if f.default is MISSING:
                target.append(f.name)
            else:
                namespace["_dflt_" + f.name] = f.default
                target.append("%s=_dflt_%s" % (f.name, f.name))
            value = f.name
        else:
            continue
        body.append(_field_assign(frozen, f.name, value, "self"))
    if has_post_init:
        init_vars = [f.name for f in flds if f._field_type == "_FIELD_INITVAR"]
        body.append("self.__post_init__(%s)" % ", ".join(init_vars))
    if kw_args:
        args = args + ["*"] + kw_args
    return _create_fn(cls, "__init__", args, body, namespace)


def _repr_fn(cls, flds):
    parts = ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in flds)
    body = ["return self.__class__.__qualname__ + f'(%s)'" % parts]
    return _create_fn(cls, "__repr__", ["self"], body, {})


def _cmp_fn(cls, name, op, flds):
    self_tuple = _tuple_str("self", flds)
    other_tuple = _tuple_str("other", flds)
    body = [
        "if other.__class__ is self.__class__:",
        "  return %s %s %s" % (self_tuple, op, other_tuple),
        "return NotImplemented",
    ]
    return _create_fn(cls, name, ["self", "other"], body, {})


def _hash_fn(cls, flds):
    body = ["return hash(%s)" % _tuple_str("self", flds)]
    return _create_fn(cls, "__hash__", ["self"], body, {})


def _frozen_get_del_attr(cls, flds):
    names = "(%s)" % "".join("%r," % f.name for f in flds) if flds else "()"
    namespace = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    setattr_fn = _create_fn(
        cls,
        "__setattr__",
        ["self", "name", "value"],
        [
            "if type(self) is cls or name in %s:" % names,
            "  raise FrozenInstanceError(f'cannot assign to field {name!r}')",
            "super(cls, self).__setattr__(name, value)",
        ],
        namespace,
    )
    delattr_fn = _create_fn(
        cls,
        "__delattr__",
        ["self", "name"],
        [
            "if type(self) is cls or name in %s:" % names,
            "  raise FrozenInstanceError(f'cannot delete field {name!r}')",
            "super(cls, self).__delattr__(name)",
        ],
        namespace,
    )
    return setattr_fn, delattr_fn


def _is_classvar(annotation):
    import sys
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    return annotation is typing.ClassVar or isinstance(annotation, typing._ClassVarAlias)


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = "_FIELD_CLASSVAR"
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    elif annotation is InitVar or isinstance(annotation, InitVar):
        f._field_type = "_FIELD_INITVAR"
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type == "_FIELD" and f.default_factory is MISSING and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError(
                "mutable default %s for field %s is not allowed: use default_factory"
                % (type(f.default), f.name)
            )
    return f


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only=False):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dict__[_PARAMS].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_seen = False
    for name, tp in annotations.items():
        if tp is KW_ONLY:
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_get_field(cls, name, tp, kw_only))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, all_fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (
        class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__)
    )
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_flds = list(all_fields.values())
    flds = [f for f in all_flds if f._field_type == "_FIELD"]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _init_fn(cls, all_flds, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn(cls, [f for f in flds if f.repr]))
    compare_fields = [f for f in flds if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn(cls, "__eq__", "==", compare_fields))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compare_fields)):
                raise TypeError(
                    "Cannot overwrite attribute %s in class %s. "
                    "Consider using functools.total_ordering" % (name, cls.__name__)
                )
    if frozen:
        setattr_fn, delattr_fn = _frozen_get_del_attr(cls, flds)
        for name, fn in (("__setattr__", setattr_fn), ("__delattr__", delattr_fn)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
    hash_fields = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))
        cls.__hash__ = _hash_fn(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in flds if f.init and not f.kw_only))
    return cls


def dataclass(
    cls=None,
    *,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
    weakref_slot=False,
):
    """Add `__init__`, `__repr__`, `__eq__` (and more on request) to a class
    from its annotated fields."""

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
        elif weakref_slot:
            raise TypeError("weakref_slot is True but slots is False")
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of the dataclass `cls` with `__slots__` for its fields (slots
    cannot be added to an existing class, so the class is rebuilt)."""
    if weakref_slot:
        raise NotImplementedError("dataclass(weakref_slot=True) is not supported by piepie")
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for name in base.__dict__.get("__slots__", ()):
            inherited.add(name)
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)
        new_cls.__getstate__ = __getstate__
        new_cls.__setstate__ = __setstate__
    return new_cls


def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type == "_FIELD")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)(
            (_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items()
        )
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)(
            (_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items()
        )
    return obj


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if f._field_type == "_FIELD_INITVAR" and f.name not in changes and f.default is MISSING:
            raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field %s is declared with init=False, it cannot be specified with replace()"
                    % (f.name,)
                )
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name from `fields`: names, (name, type)
    or (name, type, Field-or-default) items."""
    if slots or weakref_slot:
        raise NotImplementedError("make_dataclass(slots=True) is not supported by piepie")
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    # CPython 3.11 builds the class with types.new_class, so its module
    # is 'types' (3.12 added module= and the caller's module).
    ns["__module__"] = "types"
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only)
