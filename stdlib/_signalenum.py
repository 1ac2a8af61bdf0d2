"""The enum side of the native `signal` module, as CPython's signal.py adds
it over _signal: Signals, Handlers and Sigmasks (IntEnums), the module's
SIG* constants replaced by their members, and signal()/getsignal()/
valid_signals() returning members. The native module imports this file at
the end of its creation and is filled in here."""

import signal as _signal
from enum import IntEnum as _IntEnum


def _members(predicate):
    """(name, value) pairs of the module's constants, ordered by value then
    name, so the first name of a number is its canonical member."""
    items = [(name, getattr(_signal, name)) for name in dir(_signal) if predicate(name)]
    items.sort(key=lambda t: (t[1], t[0]))
    return items


Signals = _IntEnum("Signals", _members(lambda n: n.isupper() and n.startswith("SIG")
                                       and not n.startswith("SIG_")), module="signal")
Handlers = _IntEnum("Handlers", [("SIG_DFL", _signal.SIG_DFL), ("SIG_IGN", _signal.SIG_IGN)],
                    module="signal")
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", _signal.SIG_BLOCK),
                                 ("SIG_UNBLOCK", _signal.SIG_UNBLOCK),
                                 ("SIG_SETMASK", _signal.SIG_SETMASK)], module="signal")

for _enum in (Signals, Handlers, Sigmasks):
    setattr(_signal, _enum.__name__, _enum)
    for _name in _enum.__members__:
        setattr(_signal, _name, _enum[_name])


def _int_to_enum(value, enum_klass):
    """The enum member for an int value, or the value unchanged."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """The int of an IntEnum member, or the value unchanged."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


_native_signal = _signal.signal
_native_getsignal = _signal.getsignal


def signal(signalnum, handler):
    handler = _native_signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _native_getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal._valid_signal_numbers()}


signal.__module__ = getsignal.__module__ = valid_signals.__module__ = "signal"
_signal.signal = signal
_signal.getsignal = getsignal
_signal.valid_signals = valid_signals
del _enum, _name
