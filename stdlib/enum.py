"""Enumerations (CPython's `enum`, basic parts, in the subset).

Provides `Enum`, `IntEnum`, `StrEnum`, `ReprEnum`, `auto`, `unique`, the
functional API (`Enum('Color', 'RED GREEN')`) and the metaclass `EnumType`
(alias `EnumMeta`). Not provided: `Flag`, `IntFlag`, `verify`, `member`,
`nonmember`, `property` (the enum one), `_ignore_`.

Design: class-level behaviour (`Color.RED`, `Color(1)`, `Color['RED']`,
iteration, `len`, `in`, refusing to reassign members) needs a metaclass.
SUBSET.md puts metaclasses out of scope for user programs, so the
interpreter accepts `metaclass=` only in library code (the compiler checks
that the file is a library module); a user class deriving from `Enum`
inherits the metaclass through its base, as in CPython. The interpreter
implements metaclasses generally (`type(Color)` is `EnumType`, the
metaclass's `__call__`, `__getitem__`, `__iter__`, `__len__`,
`__contains__`, `__repr__`, `__setattr__` and `__delattr__` apply to the
class); only the `metaclass=` spelling is reserved to the library.

There is no `__prepare__`: `auto()` values are resolved when the class is
created, walking the (insertion-ordered) class namespace in definition
order. Members are stored directly in the class dict.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "ReprEnum", "auto", "unique"]

_Enum = None
_ReprEnum = None


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    if isinstance(obj, (staticmethod, classmethod, property)):
        return True
    if callable(obj) and not isinstance(obj, (auto, int, str, float, tuple)):
        return True
    return hasattr(type(obj), "__get__") or hasattr(type(obj), "__set__")


class auto:
    """Instances are replaced with an appropriate value for Enum members."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    def _resolve(self):
        return self.value

    # CPython resolves auto() as soon as it is assigned in the class body,
    # so `WHITE = RED | GREEN` sees ints; piepie's class body is a plain
    # dict, so the expression is recorded and resolved with the members.
    def __or__(self, other):
        return _AutoOp("|", self, other)

    def __ror__(self, other):
        return _AutoOp("|", other, self)

    def __and__(self, other):
        return _AutoOp("&", self, other)

    def __rand__(self, other):
        return _AutoOp("&", other, self)

    def __xor__(self, other):
        return _AutoOp("^", self, other)

    def __rxor__(self, other):
        return _AutoOp("^", other, self)


def _auto_value(x):
    if isinstance(x, (auto, _AutoOp)):
        return x._resolve()
    return x


class _AutoOp(auto):
    """A bitwise expression over auto() values, resolved with the members."""

    def __init__(self, op, left, right):
        self.value = None
        self.op = op
        self.left = left
        self.right = right

    def _resolve(self):
        a = _auto_value(self.left)
        b = _auto_value(self.right)
        if self.op == "|":
            return a | b
        if self.op == "&":
            return a & b
        return a ^ b


class _MembersProxy:
    """A read-only view of an enum's members (CPython's mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)


_Flag = None


def _find_data_type(bases):
    """The non-enum built-in type members derive from (int for IntEnum)."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                continue
            if klass in (int, str, float):
                return klass
    return object


def _find_first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict):
        first_enum = _find_first_enum(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError(
                "<enum %r> cannot extend <enum %r>" % (cls, first_enum.__name__)
            )
        member_type = _find_data_type(bases)
        # Pick the members out of the namespace, in definition order.
        member_names = []
        member_values = {}
        for key in list(classdict):
            value = classdict[key]
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if _is_descriptor(value):
                continue
            member_names.append(key)
            member_values[key] = value
        for key in member_names:
            del classdict[key]
        gen_next = classdict.get("_generate_next_value_")
        if gen_next is None:
            for base in bases:
                gen_next = getattr(base, "_generate_next_value_", None)
                if gen_next is not None:
                    break
        elif isinstance(gen_next, staticmethod):
            gen_next = gen_next.__func__
        last_values = []
        for key in member_names:
            value = member_values[key]
            if isinstance(value, _AutoOp):
                value = value._resolve()
                member_values[key] = value
            elif isinstance(value, auto):
                if value.value is None:
                    value.value = gen_next(key, 1, len(last_values), last_values[:])
                value = value.value
                member_values[key] = value
            last_values.append(value)
        if _ReprEnum is not None and member_type is not object:
            # Only ReprEnum (IntEnum, StrEnum, IntFlag) hands str() and
            # format() to the data type; `class S(str, Enum)` keeps Enum's.
            if any(issubclass(b, _ReprEnum) for b in bases if isinstance(b, EnumType)):
                if "__format__" not in classdict:
                    classdict["__format__"] = _data_format
                if "__str__" not in classdict:
                    classdict["__str__"] = _data_str
            if "__hash__" not in classdict:
                classdict["__hash__"] = _data_hash
        enum_class = super().__new__(metacls, cls, bases, classdict)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        # Enum's own repr wins over a data type's (int.__repr__ for IntEnum).
        # (and its str() and format(), unless ReprEnum installed the data
        # type's above).
        if first_enum is not None and member_type is not object:
            for meth in ("__repr__", "__str__", "__format__"):
                if meth not in classdict:
                    found = getattr(enum_class, meth)
                    if found is getattr(member_type, meth) or found is getattr(object, meth):
                        type.__setattr__(enum_class, meth, getattr(first_enum, meth))
        has_init = "__init__" in classdict or any(
            "__init__" in b.__dict__ for b in bases if b is not _Enum and isinstance(b, EnumType)
        )
        for key in member_names:
            value = member_values[key]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
                if not has_init:
                    member._value_ = value
            else:
                member = member_type.__new__(enum_class, *args)
                member._value_ = member_type(*args)
            if has_init:
                member.__init__(*args)
                if not hasattr(member, "_value_"):
                    member._value_ = value
            value = member._value_
            member._name_ = key
            member.__objclass__ = enum_class
            canonical = None
            for name in enum_class._member_names_:
                other = enum_class._member_map_[name]
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, key, member)
        if _Flag is not None and issubclass(enum_class, _Flag):
            _setup_flag(enum_class)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member"
                % (cls.__name__, result)
            )
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN') and friends."""
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            import sys
            module = sys._getframemodulename(2) or "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, _Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, type(cls).__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    @property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        type.__delattr__(cls, name)


EnumMeta = EnumType


def _data_str(self):
    return str(self._value_)


def _data_hash(self):
    return hash(self._value_)


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """Generic enumeration: derive from this class to define new ones."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        if not isinstance(last, int):
            raise TypeError("unable to sort non-numeric values")
        for value in last_values:
            if isinstance(value, int) and value > last:
                last = value
        return last + 1

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setattr__(self, name, value):
        if name in ("name", "value"):
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (name,))
        object.__setattr__(self, name, value)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


_Enum = Enum


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


_ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _setup_flag(cls):
    """Flag bookkeeping: masks, and only single-bit members are canonical."""
    flag_mask = 0
    singles = 0
    for member in cls._member_map_.values():
        value = member._value_
        if not isinstance(value, int):
            raise TypeError("invalid Flag value: %r" % (value,))
        if value > 0:
            flag_mask |= value
        if _is_single_bit(value):
            singles |= value
    names = cls._member_names_
    names[:] = [n for n in names if _is_single_bit(cls._member_map_[n]._value_)]
    type.__setattr__(cls, "_flag_mask_", flag_mask)
    type.__setattr__(cls, "_singles_mask_", singles)
    type.__setattr__(cls, "_all_bits_", 2 ** flag_mask.bit_length() - 1)


def _bin(num, max_bits):
    """Binary with a sign group, as CPython's enum error messages show it."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Enum whose members combine with the bitwise operators | & ^ ~."""

    _boundary_ = "strict"

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError("invalid flag value %r" % (last,))
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ == "strict":
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        member_value = value & cls._singles_mask_
        aliases = value & flag_mask & ~cls._singles_mask_
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        name = None
        if member_value or aliases:
            members = []
            combined = 0
            for n in cls._member_names_:
                m = cls._member_map_[n]
                if m._value_ & member_value:
                    members.append(m)
                    combined |= m._value_
            if aliases:
                for m in cls._member_map_.values():
                    if m._value_ and m not in members and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            name = "|".join([m._name_ for m in members])
            if not combined:
                name = None
            elif unknown:
                name += "|%r" % (unknown,)
        elif value:
            name = "%r" % (value,)
        pseudo._name_ = name
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def _members_in(self):
        value = self._value_
        return [self._member_map_[n] for n in self._member_names_
                if self._member_map_[n]._value_ & value]

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ == "keep":
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


_Flag = Flag


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints; unknown bits are kept."""

    _boundary_ = "keep"
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __contains__ = Flag.__contains__
    __bool__ = Flag.__bool__


def unique(enumeration):
    """Class decorator: refuse enumerations with aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
