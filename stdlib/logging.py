"""Logging (CPython's `logging`, the basic parts, in the subset).

Levels and their names, `getLogger` with the dotted-name hierarchy
(`propagate`, effective levels, `disabled`), `Logger` methods
(debug/info/warning/error/exception/critical/log, handlers, filters),
`LogRecord`, `Formatter` (`%` and `{` styles, %(asctime)s with
`datefmt`), `Filter`, `Handler`, `StreamHandler`, `FileHandler`,
`NullHandler`, `basicConfig` and the module-level shortcuts; with no
handler anywhere, records of WARNING and above go to stderr through
`lastResort` as in CPython.

The caller's file, line and function (`%(pathname)s`, `%(lineno)d`,
`%(funcName)s`) come from `sys._getframeinfo`, skipping logging's own
frames. Differences from CPython: times are formatted in UTC;
`datefmt` understands %Y %m %d %H %M %S %y %j %b %a %p %I and %%;
no threads, so no locks.
"""

import sys
import time

# This file's name as frames report it: findCaller skips its frames.
_srcfile = sys._getframeinfo(0)[0]

__all__ = [
    "CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET",
    "getLogger", "getLevelName", "addLevelName", "basicConfig", "Logger", "LogRecord",
    "Formatter", "Filter", "Handler", "StreamHandler", "FileHandler", "NullHandler",
    "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log",
    "disable", "shutdown", "root", "lastResort", "BASIC_FORMAT", "LoggerAdapter",
]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}

raiseExceptions = True
_startTime = time.time()

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def getLevelName(level):
    """The name of a level, or the level of a name; "Level %s" otherwise."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def getLevelNamesMapping():
    return dict(_nameToLevel)


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---- time formatting --------------------------------------------------------

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second, weekday, yearday) in UTC."""
    seconds = int(seconds)
    days, rem = divmod(seconds, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    weekday = (days + 3) % 7
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    yday = cumulative[m - 1] + d + (1 if leap and m > 2 else 0)
    return y, m, d, hour, minute, second, weekday, yday


def _strftime(fmt, seconds):
    y, m, d, hh, mm, ss, wd, yd = _utc_fields(seconds)
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%" or i + 1 >= len(fmt):
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "Y":
            out.append("%d" % y)
        elif code == "m":
            out.append("%02d" % m)
        elif code == "d":
            out.append("%02d" % d)
        elif code == "H":
            out.append("%02d" % hh)
        elif code == "M":
            out.append("%02d" % mm)
        elif code == "S":
            out.append("%02d" % ss)
        elif code == "y":
            out.append("%02d" % (y % 100))
        elif code == "j":
            out.append("%03d" % yd)
        elif code == "b":
            out.append(_MONTHS[m - 1])
        elif code == "a":
            out.append(_DAYS[wd])
        elif code == "p":
            out.append("AM" if hh < 12 else "PM")
        elif code == "I":
            out.append("%02d" % ((hh - 1) % 12 + 1))
        elif code == "%":
            out.append("%")
        else:
            raise ValueError("logging: unsupported strftime directive %%%s" % code)
    return "".join(out)


# ---- records and formatting -------------------------------------------------


class LogRecord:
    """One logged event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.replace("\\", "/").split("/")[-1]
        self.module = self.filename.rsplit(".", 1)[0] if "." in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = None
        self.threadName = None
        self.processName = "MainProcess"
        self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def makeLogRecord(dict):
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


def _format_exception(value):
    lines = []
    entries = sys._traceback_entries(value)
    if entries:
        lines.append("Traceback (most recent call last):")
        for filename, lineno, name, source in entries:
            lines.append('  File "%s", line %d, in %s' % (filename, lineno, name))
            if source is not None:
                lines.append("    " + source)
    cls = type(value)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = cls.__module__ + "." + name
    text = str(value)
    lines.append("%s: %s" % (name, text) if text else name)
    return "\n".join(lines)


def _percent_field_end(fmt, i):
    """The end of a valid `%(name)spec` field starting at fmt[i] == '%', or -1."""
    n = len(fmt)
    if not fmt.startswith("%(", i):
        return -1
    j = fmt.find(")", i + 2)
    if j < 0 or j == i + 2 or not all(c.isalnum() or c == "_" for c in fmt[i + 2:j]):
        return -1
    j += 1
    while j < n and fmt[j] in "#0+ -":
        j += 1
    if j < n and fmt[j] == "*":
        j += 1
    else:
        while j < n and fmt[j].isdigit():
            j += 1
    if j < n and fmt[j] == ".":
        j += 1
        if j < n and fmt[j] == "*":
            j += 1
        else:
            while j < n and fmt[j].isdigit():
                j += 1
    if j < n and fmt[j].lower() in "diouxefgcrsa%":
        return j + 1
    return -1


def _validate_format(fmt, style):
    """CPython's checks that a format string has fields of its style."""
    if style == "%":
        i = fmt.find("%(")
        while i >= 0:
            if _percent_field_end(fmt, i) >= 0:
                return
            i = fmt.find("%(", i + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, style))
    import string
    if style == "$":
        tpl = string.Template(fmt)
        if not tpl.is_valid():
            raise ValueError("invalid format: bare '$' not allowed")
        if not tpl.get_identifiers():
            raise ValueError("invalid format: no fields")
        return
    fields = set()
    try:
        for _, fieldname, spec, conversion in string.Formatter().parse(fmt):
            if fieldname:
                head = fieldname.split(".")[0].split("[")[0]
                if not (head.isdigit() or head.isidentifier()):
                    raise ValueError("invalid field name/expression: %r" % fieldname)
                fields.add(fieldname)
            if conversion and conversion not in "rsa":
                raise ValueError("invalid conversion: %r" % conversion)
    except ValueError as e:
        raise ValueError("invalid format: %s" % e)
    if not fields:
        raise ValueError("invalid format: no fields")


class Formatter:
    """Turns a LogRecord into text."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in ("%", "{", "$"):
            raise ValueError("Style must be one of: %,{,$")
        if fmt is None:
            fmt = {"%": "%(message)s", "{": "{message}", "$": "${message}"}[style]
        self._fmt = fmt
        self._style_char = style
        self._defaults = defaults
        self.datefmt = datefmt
        if validate:
            _validate_format(fmt, style)

    def usesTime(self):
        if self._style_char == "%":
            return "%(asctime)" in self._fmt
        if self._style_char == "$":
            return "$asctime" in self._fmt or "${asctime}" in self._fmt
        return "{asctime" in self._fmt

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return _strftime(datefmt, record.created)
        s = _strftime(self.default_time_format, record.created)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        if ei[1] is None:
            return "NoneType: None"
        return _format_exception(ei[1])

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        values = record.__dict__
        if self._defaults:
            values = dict(self._defaults, **values)
        try:
            if self._style_char == "%":
                return self._fmt % values
            if self._style_char == "$":
                import string
                return string.Template(self._fmt).substitute(**values)
            return self._fmt.format(**values)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filter:
    """Lets through records of the named logger and its children."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """Something with filters (loggers and handlers)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def flush(self):
        pass

    def close(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def handleError(self, record):
        if raiseExceptions:
            value = sys.exc_info()[1]
            sys.stderr.write("--- Logging error ---\n")
            if value is not None:
                sys.stderr.write(_format_exception(value) + "\n")
            sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        super().__init__()
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        name = str(getattr(self.stream, "name", ""))
        if name:
            name += " "
        return "<%s %s(%s)>" % (type(self).__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes formatted records to a file."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        return open(self.baseFilename, self.mode)

    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def close(self):
        if self.stream is not None:
            self.flush()
            self.stream.close()
            self.stream = None


class NullHandler(Handler):
    """Does nothing (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    """The handler of last resort: writes to the current sys.stderr."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


# ---- loggers ----------------------------------------------------------------


class Logger(Filterer):
    """A named channel for log records."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self.manager = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def findCaller(self, stack_info=False, stacklevel=1):
        """(pathname, lineno, funcName, None) of the first frame outside
        logging, then `stacklevel - 1` frames further out."""
        depth = 1
        while True:
            info = sys._getframeinfo(depth)
            if info is None:
                return "(unknown file)", 0, "(unknown function)", None
            if info[0] != _srcfile:
                break
            depth += 1
        while stacklevel > 1:
            outer = sys._getframeinfo(depth + 1)
            if outer is None:
                break
            depth += 1
            info = outer
            stacklevel -= 1
        return info[0], info[1], info[2], None

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, _ = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, None)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)

    def getChild(self, suffix):
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    """The root of the logger hierarchy."""

    def __init__(self, level):
        super().__init__("root", level)


class Manager:
    """Holds the logger hierarchy."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.disable = 0

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        rv = self.loggerDict.get(name)
        if rv is not None:
            return rv
        rv = Logger(name)
        rv.manager = self
        self.loggerDict[name] = rv
        self._fixup(rv)
        return rv

    def _fixup(self, logger):
        name = logger.name
        parent = None
        i = name.rfind(".")
        while i > 0 and parent is None:
            parent = self.loggerDict.get(name[:i])
            i = name.rfind(".", 0, i)
        logger.parent = parent if parent is not None else self.root
        # Existing descendants whose nearest ancestor was above this logger.
        prefix = name + "."
        for other in self.loggerDict.values():
            if other.name.startswith(prefix):
                if other.parent is self.root or len(other.parent.name) < len(name):
                    other.parent = logger


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)
root.manager = Logger.manager
_disable_level = 0


def getLogger(name=None):
    """The logger with this dotted name (the root logger without one)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def basicConfig(**kwargs):
    """Give the root logger a handler (once, unless force=True)."""
    force = kwargs.pop("force", False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                h = FileHandler(filename, mode)
            else:
                h = StreamHandler(kwargs.pop("stream", None))
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        fs = kwargs.pop("format", BASIC_FORMAT if style == "%" else "{levelname}:{name}:{message}")
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        kwargs.pop("encoding", None)
        kwargs.pop("errors", None)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at or below level."""
    global _disable_level
    _disable_level = _checkLevel(level)


def shutdown():
    for h in root.handlers:
        h.flush()


def getLoggerClass():
    return Logger


class LoggerAdapter:
    """A logger wrapper adding contextual `extra` to every record (subclass
    and override process() to change how)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, logger.name, level)
