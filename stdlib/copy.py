"""Shallow and deep copy operations (CPython's `copy`, in the subset)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

import sys as _sys

_ModuleType = type(_sys)


def _is_atomic(x):
    cls = type(x)
    if cls in (type(None), int, float, bool, str, bytes, type, range, slice, property,
               type(Ellipsis), type(NotImplemented)):
        return True
    if cls is type(len) or cls is type(_is_atomic) or cls is type(lambda: 0):
        return True
    return isinstance(x, type)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _custom_reduce(x)
    if rv is not None:
        return _reconstruct_reduced(x, rv, None, None)
    return _reconstruct_instance(x, None, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a mutable was copied while
        # building its items.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _custom_reduce(x)
            if rv is not None:
                y = _reconstruct_reduced(x, rv, memo, deepcopy)
            else:
                y = _reconstruct_instance(x, memo, deepcopy)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _custom_reduce(x):
    """The value of a class's own __reduce_ex__(4) or __reduce__ (None when
    it defines neither: the default protocol is emulated separately)."""
    cls = type(x)
    for name in ("__reduce_ex__", "__reduce__"):
        for klass in cls.__mro__:
            if klass is object:
                break
            if name in klass.__dict__:
                method = getattr(x, name)
                return method(4) if name == "__reduce_ex__" else method()
    return None


def _reconstruct_reduced(x, rv, memo, copier):
    """Rebuild an object from its reduce value (callable, args[, state[,
    listitems[, dictitems]]]), copying the parts deeply for deepcopy."""
    if isinstance(rv, str):
        return x
    deep = copier is not None
    func = rv[0]
    args = rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = tuple([copier(a, memo) for a in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = copier(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(copier(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = copier(key, memo)
                value = copier(value, memo)
            y[key] = value
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct_instance(x, memo, copier):
    """Copies a user-class instance: a new object of the same class (built
    without __init__), its builtin payload (list/dict/set/tuple/int/str
    subclasses) and its attributes, copied deeply when `copier` is given."""
    cls = type(x)
    if cls is _ModuleType:
        raise TypeError("cannot pickle 'module' object")
    deep = copier is not None
    getnewargs = getattr(cls, "__getnewargs__", None)
    if isinstance(x, tuple) or isinstance(x, (int, float, str, bytes, frozenset)):
        if getnewargs is not None:
            args = getnewargs(x)
        elif isinstance(x, tuple):
            args = (tuple(x),)
        elif isinstance(x, bool):
            args = (bool(x),)
        elif isinstance(x, int):
            args = (int(x),)
        elif isinstance(x, float):
            args = (float(x),)
        elif isinstance(x, str):
            args = (str(x),)
        elif isinstance(x, bytes):
            args = (bytes(x),)
        else:
            args = (frozenset(x),)
        if deep:
            args = copier(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y

    state = None
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = getstate(x)
    else:
        d = getattr(x, "__dict__", None)
        if d:
            state = dict(d)
        slots = _slot_values(x)
        if slots:
            state = (state, slots)
    if state is not None:
        if deep:
            state = copier(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                # Straight into the instance dict, as CPython does (a frozen
                # dataclass's __setattr__ must not run).
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)

    if isinstance(x, list):
        items = list(x)
        if deep:
            items = [copier(a, memo) for a in items]
        y.extend(items)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = copier(k, memo)
                v = copier(v, memo)
            y[k] = v
    elif isinstance(x, set):
        for a in x:
            y.add(copier(a, memo) if deep else a)
    return y


def _slot_values(x):
    values = {}
    for klass in type(x).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_" + klass.__name__.lstrip("_") + name
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values
