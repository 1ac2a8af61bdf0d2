"""Unit testing (CPython's `unittest`, the common parts, in the subset).

`TestCase` (fixtures, assert methods, `subTest`, `skipTest`, cleanups),
module fixtures (`setUpModule`/`tearDownModule`, `addModuleCleanup`,
`enterModuleContext`, `doModuleCleanups`),
`skip`/`skipIf`/`skipUnless`/`expectedFailure`, `SkipTest`, `TestSuite`,
`TestLoader` (with `discover(start_dir, pattern)`), `TestResult`,
`TextTestResult`, `TextTestRunner` (CPython's report: the progress line or
verbose lines, the ERROR/FAIL blocks with tracebacks, `Ran N tests in
T.TTTs`, `OK`/`FAILED (...)`) and `main`.

Tracebacks come from `sys._traceback_entries(exc)` (piepie's stand-in for
`exc.__traceback__`); frames of this module are dropped as CPython drops
the frames of its unittest package. assertEqual failures on
strings, lists, tuples and dicts append difflib's ndiff (the library's
difflib) of the pprint-style layouts; the pprint layout here wraps lists,
tuples and dicts one item a line but never splits long strings. `piepie -m
unittest` (and `main`) take -v, -q, -f and -k PATTERN (repeatable; fnmatch
against module.Class.method, a bare word as a substring) and run
`discover` (-s START, -p PATTERN, -t TOP) or the named test modules
(dotted, inside packages, or .py paths), classes or methods, with
CPython's argparse usage errors and -h help; -b, -c and --locals raise
NotImplementedError.
"""

import sys
import time

__all__ = [
    "TestCase",
    "TestSuite",
    "TestLoader",
    "TestResult",
    "TextTestResult",
    "TextTestRunner",
    "SkipTest",
    "skip",
    "skipIf",
    "skipUnless",
    "expectedFailure",
    "addModuleCleanup",
    "doModuleCleanups",
    "enterModuleContext",
    "main",
    "defaultTestLoader",
]

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (
    _MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN
)


def _this_file():
    try:
        raise RuntimeError
    except RuntimeError as e:
        return sys._traceback_entries(e)[-1][0]


_THIS_FILE = _this_file()


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _common_prefix(strings):
    first = min(strings)
    last = max(strings)
    for i in range(len(first)):
        if first[i] != last[i]:
            return first[:i]
    return first


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    args = tuple(safe_repr(a) for a in args)
    maxlen = max(len(a) for a in args)
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _common_prefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args)


def _pp_repr(obj):
    """repr as pprint shows it: dict keys sorted, recursively."""
    if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__:
        items = list(obj.items())
        try:
            items = sorted(items)
        except TypeError:
            pass
        return "{" + ", ".join("%s: %s" % (_pp_repr(k), _pp_repr(v)) for k, v in items) + "}"
    if isinstance(obj, list) and type(obj).__repr__ is list.__repr__:
        return "[" + ", ".join(_pp_repr(v) for v in obj) + "]"
    if isinstance(obj, tuple) and type(obj).__repr__ is tuple.__repr__:
        if len(obj) == 1:
            return "(%s,)" % _pp_repr(obj[0])
        return "(" + ", ".join(_pp_repr(v) for v in obj) + ")"
    return repr(obj)


def _pformat(obj, indent=0, allowance=0, width=80):
    """pprint.pformat for lists, tuples and dicts (one item a line when
    the repr is too wide); other objects as their repr."""
    rep = _pp_repr(obj)
    if len(rep) <= width - indent - allowance or not obj:
        return rep
    if isinstance(obj, dict):
        items = list(obj.items())
        try:
            items = sorted(items)
        except TypeError:
            pass
        inner = indent + 1
        parts = []
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            key_rep = _pp_repr(key)
            value_rep = _pformat(value, inner + len(key_rep) + 2, allowance + 1 if last else 1, width)
            parts.append(key_rep + ": " + value_rep)
        return "{" + (",\n" + " " * inner).join(parts) + "}"
    if isinstance(obj, (list, tuple)):
        if isinstance(obj, list):
            start, end = "[", "]"
        else:
            start, end = "(", ",)" if len(obj) == 1 else ")"
        inner = indent + 1
        parts = []
        for i, value in enumerate(obj):
            last = i == len(obj) - 1
            parts.append(_pformat(value, inner, allowance + len(end) if last else 1, width))
        return start + (",\n" + " " * inner).join(parts) + end
    return rep


def _ndiff_lines(first_lines, second_lines):
    import difflib

    return list(difflib.ndiff(first_lines, second_lines))


def _exception_only(exc):
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ("__main__", "builtins"):
        name = module + "." + name
    text = str(exc)
    if text:
        return "%s: %s\n" % (name, text)
    return name + "\n"


def _format_frames(entries):
    lines = ["Traceback (most recent call last):\n"]
    for filename, lineno, name, source in entries:
        lines.append('  File "%s", line %d, in %s\n' % (filename, lineno, name))
        if source is not None:
            lines.append("    %s\n" % source)
    return lines


def _format_exception(exc, is_failure):
    """CPython's traceback text for a test's exception, without the frames
    of this module (and for failures, without the assert helpers')."""
    chain = []
    seen = []
    current = exc
    while current is not None and not any(current is s for s in seen):
        seen.append(current)
        if current.__cause__ is not None:
            chain.append((current, "\nThe above exception was the direct cause of the following exception:\n\n"))
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            chain.append((current, "\nDuring handling of the above exception, another exception occurred:\n\n"))
            current = current.__context__
        else:
            chain.append((current, ""))
            current = None
    lines = []
    for i in range(len(chain) - 1, -1, -1):
        e, joiner = chain[i]
        entries = sys._traceback_entries(e)
        start = 0
        while start < len(entries) and entries[start][0] == _THIS_FILE:
            start += 1
        entries = entries[start:]
        if is_failure and e is exc:
            end = 0
            while end < len(entries) and entries[end][0] != _THIS_FILE:
                end += 1
            entries = entries[:end]
        if entries:
            lines.extend(_format_frames(entries))
        lines.append(_exception_only(e))
        if i > 0:
            lines.append(chain[i - 1][1])
    return "".join(lines)


class SkipTest(Exception):
    """Raise this to skip a test (`TestCase.skipTest` does)."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test method or class."""

    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item

    if callable(reason) and not isinstance(reason, str):
        test_item = reason
        reason = ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    """Mark a test as expected to fail."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register `function(*args, **kwargs)` to run after the module's
    tearDownModule (or after a failed setUpModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter context manager `cm`; its __exit__ runs as a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last registered first; re-raise the first
    exception any of them raised."""
    exceptions = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            exceptions.append(exc)
    if exceptions:
        raise exceptions[0]


class _AssertRaisesContext:
    """Context manager behind assertRaises and assertRaisesRegex."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None
        self.exception = None

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raise_failure("%s not raised by %s" % (exc_name, self.obj_name))
            else:
                self._raise_failure("%s not raised" % (exc_name,))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        import re

        expected_regex = self.expected_regex
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(str(exc_value)):
            self._raise_failure('"%s" does not match "%s"' % (expected_regex.pattern, str(exc_value)))
        return True

    def _raise_failure(self, standard_msg):
        msg = self.test_case._formatMessage(self.msg, standard_msg)
        raise self.test_case.failureException(msg)


class _SubTest:
    """One `with self.subTest(...)` block, reported like a test."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[%s]" % (self._message,))
        if self.params:
            params_desc = ", ".join("%s=%r" % (k, v) for k, v in self.params.items())
            parts.append("(%s)" % (params_desc,))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, test_case, subtest):
        self.test_case = test_case
        self.subtest = subtest

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.test_case._outcome
        result = outcome.result if outcome is not None else None
        if exc_type is None:
            if result is not None and hasattr(result, "addSubTest"):
                result.addSubTest(self.test_case, self.subtest, None)
            return False
        if outcome is None or not issubclass(exc_type, Exception):
            return False
        if issubclass(exc_type, SkipTest):
            result.addSkip(self.subtest, str(exc_value))
            return True
        if outcome.expecting_failure:
            outcome.expected_failure = exc_value
        else:
            outcome.success = False
            result.addSubTest(self.test_case, self.subtest, (exc_type, exc_value, tb))
        return True


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None


def _enter_context(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (cls.__module__, cls.__qualname__)) from None
    result = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return result


class _LoggingWatcher(tuple):
    """(records, output) of an assertLogs block."""

    def __new__(cls, records, output):
        return tuple.__new__(cls, (records, output))

    @property
    def records(self):
        return self[0]

    @property
    def output(self):
        return self[1]

    def __repr__(self):
        return "_LoggingWatcher(records=%r, output=%r)" % (self[0], self[1])


def _capturing_handler():
    import logging

    class _CapturingHandler(logging.Handler):
        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

    return _CapturingHandler()


class _AssertLogsContext:
    """assertLogs/assertNoLogs: swaps in a capturing handler on the logger."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging.getLevelNamesMapping().get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        elif len(self.watcher.records) == 0:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class TestCase:
    """A test: subclass it and define `test*` methods."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2**16

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._testMethodDoc = "No test"
        try:
            test_method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError(
                    "no such test method in %s: %s" % (self.__class__, methodName)
                ) from None
        else:
            self._testMethodDoc = test_method.__doc__

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter context manager `cm`; its __exit__ runs as a cleanup."""
        return _enter_context(cm, self.addCleanup)

    _class_cleanups = []

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        if "_class_cleanups" not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        cleanups = cls.__dict__.get("_class_cleanups", [])
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append((type(e), e, None))

    def assertLogs(self, logger=None, level=None):
        """Context manager: at least one message of `level` (INFO by
        default) or higher must be logged on `logger` (root by default)."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager: nothing of `level` or higher may be logged."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def doCleanups(self):
        outcome = self._outcome
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                if outcome is not None:
                    outcome.success = False
                    outcome.result.addError(self, (type(e), e, None))
        return outcome is None or outcome.success

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if doc:
            return doc.strip().split("\n")[0].strip()
        return None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=None, **params):
        """A context manager: a failure inside is reported with msg/params
        and the test goes on."""
        return _SubTestContext(self, _SubTest(self, msg, params))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def _call_part(self, outcome, function, is_test):
        try:
            function()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.result.addSkip(self, str(e))
        except _ShouldStop:
            raise
        except BaseException as e:
            if isinstance(e, SystemExit) and not isinstance(e, Exception):
                pass
            if is_test and outcome.expecting_failure:
                outcome.expected_failure = e
            else:
                outcome.success = False
                if isinstance(e, self.failureException):
                    outcome.result.addFailure(self, (type(e), e, None))
                else:
                    outcome.result.addError(self, (type(e), e, None))
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            test_method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(
                test_method, "__unittest_skip__", False
            ):
                why = getattr(self.__class__, "__unittest_skip_why__", "") or getattr(
                    test_method, "__unittest_skip_why__", ""
                )
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(test_method, "__unittest_expecting_failure__", False) or getattr(
                self, "__unittest_expecting_failure__", False
            )
            outcome = _Outcome(result)
            self._outcome = outcome
            if self._call_part(outcome, self.setUp, False):
                outcome.expecting_failure = expecting_failure
                self._call_part(outcome, test_method, True)
                outcome.expecting_failure = False
                self._call_part(outcome, self.tearDown, False)
            self.doCleanups()
            if outcome.success:
                if expecting_failure:
                    if outcome.expected_failure is not None:
                        e = outcome.expected_failure
                        result.addExpectedFailure(self, (type(e), e, None))
                    else:
                        result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            return result
        finally:
            result.stopTest(self)
            self._outcome = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # ---- assertions -------------------------------------------------------

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + "\nDiff is %s characters long. Set self.maxDiff to None to see it." % len(diff)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def fail(self, msg=None):
        """Fail immediately, with the given message."""
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            msg = self._formatMessage(msg, "%s is not true" % safe_repr(expr))
            raise self.failureException(msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            msg = self._formatMessage(msg, "%s is not false" % safe_repr(expr))
            raise self.failureException(msg)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = "%s != %s" % _common_shorten_repr(first, second)
            msg = self._formatMessage(msg, standardMsg)
            raise self.failureException(msg)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            if type(first) is list:
                return self.assertListEqual
            if type(first) is tuple:
                return self.assertTupleEqual
            if type(first) is dict:
                return self.assertDictEqual
            if type(first) in (set, frozenset):
                return self.assertSetEqual
            if type(first) is str:
                return self.assertMultiLineEqual
        return self._baseAssertEqual

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            msg = self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second)))
            raise self.failureException(msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        differing = "%ss differ: %s != %s\n" % (
            (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2)
        )
        len1 = len(seq1)
        len2 = len(seq2)
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                differing += "\nFirst differing element %d:\n%s\n%s\n" % (
                    (i,) + _common_shorten_repr(seq1[i], seq2[i])
                )
                break
        else:
            if len1 > len2:
                differing += "\nFirst %s contains %d additional elements.\n" % (seq_type_name, len1 - len2)
                differing += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
            elif len1 < len2:
                differing += "\nSecond %s contains %d additional elements.\n" % (seq_type_name, len2 - len1)
                differing += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
        standardMsg = differing
        diffMsg = "\n" + "\n".join(
            _ndiff_lines(_pformat(seq1).splitlines(), _pformat(seq2).splitlines())
        )
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            standardMsg = "%s != %s" % _common_shorten_repr(d1, d2)
            diff = "\n" + "\n".join(_ndiff_lines(_pformat(d1).splitlines(), _pformat(d2).splitlines()))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertSetEqual(self, set1, set2, msg=None):
        difference1 = set1.difference(set2)
        difference2 = set2.difference(set1)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append("Items in the second set but not the first:")
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            first_lines = first.splitlines(True)
            second_lines = second.splitlines(True)
            if len(first_lines) == 1 and first.strip("\r\n") == first:
                first_lines = [first + "\n"]
                second_lines = [second + "\n"]
            standardMsg = "%s != %s" % _common_shorten_repr(first, second)
            diff = "\n" + "".join(_ndiff_lines(first_lines, second_lines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = list(second_seq)
        unexpected = []
        for item in first_seq:
            for i in range(len(missing)):
                if missing[i] == item:
                    del missing[i]
                    break
            else:
                unexpected.append(item)
        if unexpected or missing:
            lines = ["Element counts were not equal:"]
            for item in unexpected:
                lines.append("First has %d, Second has %d:  %r" % (first_seq.count(item), second_seq.count(item), item))
            for item in missing:
                lines.append("First has %d, Second has %d:  %r" % (first_seq.count(item), second_seq.count(item), item))
            self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            msg = self._formatMessage(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2)))
            raise self.failureException(msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            msg = self._formatMessage(msg, "unexpectedly identical: %s" % (safe_repr(expr1),))
            raise self.failureException(msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            msg = self._formatMessage(msg, "%s is not None" % (safe_repr(obj),))
            raise self.failureException(msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            msg = self._formatMessage(msg, "unexpectedly None")
            raise self.failureException(msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = "%s not found in %s" % (safe_repr(member), safe_repr(container))
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            standardMsg = "%s is not an instance of %r" % (safe_repr(obj), cls)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            standardMsg = "%s is an instance of %r" % (safe_repr(obj), cls)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            standardMsg = "%s not greater than %s" % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            standardMsg = "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            standardMsg = "%s not less than %s" % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            standardMsg = "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first),
                safe_repr(second),
                safe_repr(delta),
                safe_repr(diff),
            )
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = "%s != %s within %r places (%s difference)" % (
                safe_repr(first),
                safe_repr(second),
                places,
                safe_repr(diff),
            )
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first),
                safe_repr(second),
                safe_repr(delta),
                safe_repr(diff),
            )
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable (or the with-block) raises the exception."""
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """Like assertRaises, and str(exception) must match the regex (uses re)."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle("assertRaisesRegex", args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        import re

        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re

        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = "Regex matched: %r matches %r in %r" % (
                text[match.start() : match.end()],
                unexpected_regex.pattern,
                text,
            )
            raise self.failureException(self._formatMessage(msg, standardMsg))


class FunctionTestCase(TestCase):
    """A test case wrapping a plain function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _ErrorHolder:
    """Stands for a failed class fixture in the error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class TestSuite:
    """An ordered collection of tests (and suites)."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("%r is not callable" % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top_level = True
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
                    continue
            test(result)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previous_class = getattr(result, "_previousTestClass", None)
        current_class = test.__class__
        if current_class == previous_class:
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(current_class, "__unittest_skip__", False):
            return
        current_class._classSetupFailed = False
        class_name = strclass(current_class)
        try:
            current_class.setUpClass()
        except Exception as e:
            current_class._classSetupFailed = True
            self._addClassOrModuleLevelException(result, e, "setUpClass (%s)" % class_name)
        if current_class._classSetupFailed:
            current_class.doClassCleanups()
            for exc_info in current_class.tearDown_exceptions:
                self._addClassOrModuleLevelException(result, exc_info[1], "setUpClass (%s)" % class_name)

    def _previous_module(self, result):
        previous_class = getattr(result, "_previousTestClass", None)
        if previous_class is None:
            return None
        return previous_class.__module__

    def _handleModuleFixture(self, test, result):
        """Before the first test of a module: tear down the previous
        module, then call this one's setUpModule (once)."""
        current_module = test.__class__.__module__
        if current_module == self._previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        if module is None:
            return
        set_up = getattr(module, "setUpModule", None)
        if set_up is None:
            return
        try:
            set_up()
        except Exception as e:
            result._moduleSetUpFailed = True
            self._addClassOrModuleLevelException(result, e, "setUpModule (%s)" % current_module)
        if result._moduleSetUpFailed:
            try:
                doModuleCleanups()
            except Exception as e:
                self._addClassOrModuleLevelException(result, e, "setUpModule (%s)" % current_module)

    def _handleModuleTearDown(self, result):
        """After the last test of a module: its tearDownModule, then the
        module cleanups (skipped when its setUpModule failed)."""
        previous_module = self._previous_module(result)
        if previous_module is None:
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        module = sys.modules.get(previous_module)
        if module is None:
            return
        tear_down = getattr(module, "tearDownModule", None)
        if tear_down is not None:
            try:
                tear_down()
            except Exception as e:
                self._addClassOrModuleLevelException(result, e, "tearDownModule (%s)" % previous_module)
        try:
            doModuleCleanups()
        except Exception as e:
            self._addClassOrModuleLevelException(result, e, "tearDownModule (%s)" % previous_module)

    def _tearDownPreviousClass(self, test, result):
        previous_class = getattr(result, "_previousTestClass", None)
        current_class = test.__class__ if test is not None else None
        if current_class == previous_class or previous_class is None:
            return
        if getattr(previous_class, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous_class, "__unittest_skip__", False):
            return
        try:
            previous_class.tearDownClass()
        except Exception as e:
            self._addClassOrModuleLevelException(result, e, "tearDownClass (%s)" % strclass(previous_class))
        previous_class.doClassCleanups()
        for exc_info in previous_class.tearDown_exceptions:
            self._addClassOrModuleLevelException(result, exc_info[1],
                                                 "tearDownClass (%s)" % strclass(previous_class))

    def _addClassOrModuleLevelException(self, result, exception, description):
        error = _ErrorHolder(description)
        if isinstance(exception, SkipTest):
            result.addSkip(error, str(exception))
        else:
            result.addError(error, (type(exception), exception, None))


class TestResult:
    """Collects the outcome of tests."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self._previousTestClass = None
        self._testRunEntered = False
        self._moduleSetUpFailed = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        is_failure = test.failureException is not None and isinstance(value, test.failureException)
        return _format_exception(value, is_failure)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(err[1], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return len(self.failures) == len(self.errors) == 0 and len(self.unexpectedSuccesses) == 0

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__),
            self.testsRun,
            len(self.errors),
            len(self.failures),
        )


class _WritelnDecorator:
    """A stream with a writeln method."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")

    def flush(self):
        if hasattr(self.stream, "flush"):
            self.stream.flush()


class TextTestResult(TestResult):
    """A result that reports progress and failures to a stream."""

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return "\n".join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if isinstance(err[1], subtest.failureException):
                    self._write_status(subtest, "FAIL")
                else:
                    self._write_status(subtest, "ERROR")
            elif self.dots:
                if isinstance(err[1], subtest.failureException):
                    self.stream.write("F")
                else:
                    self.stream.write("E")
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self.stream.write(".")
            self.stream.flush()

    def addError(self, test, err):
        super().addError(test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self.stream.write("E")
            self.stream.flush()

    def addFailure(self, test, err):
        super().addFailure(test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self.stream.write("F")
            self.stream.flush()

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.showAll:
            self._write_status(test, "skipped %r" % (reason,))
        elif self.dots:
            self.stream.write("s")
            self.stream.flush()

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self._write_status(test, "expected failure")
        elif self.dots:
            self.stream.write("x")
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self._write_status(test, "unexpected success")
        elif self.dots:
            self.stream.write("u")
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports to a stream (sys.stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        start_time = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        time_taken = time.perf_counter() - start_time
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", time_taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed = len(result.failures)
            errored = len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestLoader:
    """Collects tests from classes, modules and directories."""

    testMethodPrefix = "test"
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        """The test method names of testCaseClass, sorted; with
        testNamePatterns, only those whose full dotted name
        (module.Class.method) matches one of the fnmatch patterns."""
        names = []
        patterns = self.testNamePatterns
        for name in dir(testCaseClass):
            if not name.startswith(self.testMethodPrefix) or not callable(getattr(testCaseClass, name)):
                continue
            if patterns is not None:
                full_name = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
                if not any(_glob_match(pattern, full_name) for pattern in patterns):
                    continue
            names.append(name)
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module):
        tests = []
        for name in sorted(dir(module)):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return self.suiteClass(tests)

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        error_case = None
        if module is None:
            # Import the longest importable prefix of the dotted name.
            parts_copy = parts[:]
            while parts_copy:
                module_name = ".".join(parts_copy)
                try:
                    module = _import_module(module_name)
                    break
                except ImportError as e:
                    next_attribute = parts_copy.pop()
                    error_message = "Failed to import test module: %s\n%s" % (
                        next_attribute, _format_exception(e, False))
                    error_case, error_message = _make_failed_test(
                        next_attribute, ImportError(error_message), self.suiteClass, error_message)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[len(parts_copy):]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, "__path__", None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    "Failed to access attribute:\n%s" % (_format_exception(e, False),))
                self.errors.append(error_message)
                return error_case
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % (obj,))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Import the modules below start_dir whose file names match pattern
        (an fnmatch glob) and collect their tests, recursing into packages
        (folders with an __init__.py), as CPython does. With top_level_dir,
        start_dir must be a package below it and modules are imported by
        their dotted name from there."""
        import os

        if top_level_dir is None:
            top_level_dir = start_dir
        top = os.path.abspath(top_level_dir)
        start = os.path.abspath(start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        prefix = ""
        if start != top:
            if not start.startswith(top + os.sep):
                raise ImportError("Start directory is not importable: %r" % start_dir)
            relative = start[len(top) + 1 :]
            parts = [p for p in relative.split(os.sep) if p]
            check = top
            for part in parts:
                check = os.path.join(check, part)
                if not os.path.exists(os.path.join(check, "__init__.py")):
                    raise ImportError("Start directory is not importable: %r" % start_dir)
            prefix = ".".join(parts) + "."
        return self.suiteClass(self._find_tests(start, pattern, prefix))

    def _find_tests(self, folder, pattern, prefix):
        import os

        tests = []
        for filename in sorted(os.listdir(folder)):
            full = os.path.join(folder, filename)
            if os.path.isdir(full):
                if not filename.isidentifier() or not os.path.isfile(os.path.join(full, "__init__.py")):
                    continue
                package = self._import(prefix + filename)
                if isinstance(package, TestSuite):
                    tests.append(package)
                    continue
                tests.append(self.loadTestsFromModule(package))
                tests.extend(self._find_tests(full, pattern, prefix + filename + "."))
                continue
            if not filename.endswith(".py") or not _glob_match(pattern, filename):
                continue
            name = filename[:-3]
            if not name.isidentifier():
                continue
            module = self._import(prefix + name)
            if isinstance(module, TestSuite):
                tests.append(module)
            else:
                tests.append(self.loadTestsFromModule(module))
        return tests

    def _import(self, dotted):
        """The module `dotted`, or, when importing it fails, a suite with
        one test that reports the failure (CPython's _FailedTest)."""
        namespace = {}
        try:
            exec("import %s" % dotted, namespace)
        except SkipTest as e:
            return _failed_suite(self.suiteClass, dotted, e, skip=True)
        except Exception as e:
            message = "Failed to import test module: %s\n%s" % (dotted, _format_exception(e, False))
            self.errors.append(message)
            return _failed_suite(self.suiteClass, dotted, ImportError(message))
        return sys.modules[dotted]


class _FailedTest(TestCase):
    """Stands for a test module that could not be imported: its one test
    raises the import's error."""

    __module__ = "unittest.loader"
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        TestCase.__init__(self, method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception

        return testFailure


def _failed_suite(suite_class, name, exception, skip=False):
    if skip:

        class ModuleSkipped(TestCase):
            pass

        ModuleSkipped.__module__ = "unittest.loader"

        def testSkipped(self):
            raise exception

        setattr(ModuleSkipped, name, testSkipped)
        return suite_class([ModuleSkipped(name)])
    return suite_class([_FailedTest(name, exception)])


def _import_module(name):
    """Import dotted `name` and return the module itself (not the top package)."""
    __import__(name)
    return sys.modules[name]


def _make_failed_test(methodname, exception, suiteClass, message):
    return _failed_suite(suiteClass, methodname, exception), message


def _glob_match(pattern, name):
    """fnmatch for `*`, `?` and `[...]` classes (`[!...]` negated, `a-z`
    ranges); a `[` without its `]` matches itself."""
    if not pattern:
        return not name
    if pattern[0] == "*":
        for i in range(len(name) + 1):
            if _glob_match(pattern[1:], name[i:]):
                return True
        return False
    if not name:
        return False
    if pattern[0] == "[":
        end = pattern.find("]", 2 if pattern[1:2] in ("!", "]") else 1)
        if pattern[1:3] == "!]":
            end = pattern.find("]", 3)
        if end >= 0:
            body = pattern[1:end]
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            hit = False
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    if body[i] <= name[0] <= body[i + 2]:
                        hit = True
                    i += 3
                else:
                    if body[i] == name[0]:
                        hit = True
                    i += 1
            if hit == negate:
                return False
            return _glob_match(pattern[end + 1 :], name[1:])
    if pattern[0] == "?" or pattern[0] == name[0]:
        return _glob_match(pattern[1:], name[1:])
    return False


defaultTestLoader = TestLoader()


def _convert_select_pattern(pattern):
    """A -k pattern without `*` matches as a substring."""
    if "*" not in pattern:
        pattern = "*%s*" % pattern
    return pattern


def _convert_name(name):
    """A test name given as the path of a .py file below the current
    directory becomes its dotted module name (as CPython's main does)."""
    import os

    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


class _UsageError(Exception):
    pass


# The help texts of CPython's unittest command line (argparse's layout for
# an 80-column terminal); PROG stands for the program name.
_OPTIONS_HELP = """options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

_MAIN_HELP = """positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

""" + _OPTIONS_HELP

_DISCOVERY_HELP = """options:
  -h, --help            show this help message and exit
  -v, --verbose         Verbose output
  -q, --quiet           Quiet output
  --locals              Show local variables in tracebacks
  -f, --failfast        Stop on first fail or error
  -c, --catch           Catch Ctrl-C and display results so far
  -b, --buffer          Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS   Only run tests which match the given substring
  -s START, --start-directory START
                        Directory to start discovery ('.' default)
  -p PATTERN, --pattern PATTERN
                        Pattern to match tests ('test*.py' default)
  -t TOP, --top-level-directory TOP
                        Top level directory of project (defaults to start
                        directory)

For test discovery all test modules must be importable from the top level
directory of the project.
"""

_MAIN_EXAMPLES = """Examples:
  PROG test_module               - run tests from test_module
  PROG module.TestClass          - run tests from module.TestClass
  PROG module.Class.test_method  - run specified test method
  PROG path/to/test_file.py      - run tests from test_file.py
"""

_MODULE_EXAMPLES = """Examples:
  PROG                           - run default set of tests
  PROG MyTestSuite               - run suite 'MyTestSuite'
  PROG MyTestCase.testSomething  - run MyTestCase.testSomething
  PROG MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _looks_negative(arg):
    """argparse takes `-1`, `-2.5`, `-.5` for positionals, not options."""
    body = arg[1:]
    if not body:
        return False
    whole, dot, fraction = body.partition(".")
    if dot:
        return fraction.isdigit() and (whole == "" or whole.isdigit())
    return body.isdigit()


def _usage_lines(prog, optionals, positionals, text_width=78):
    """argparse's usage text after "usage: ": on one line when it fits,
    otherwise the options wrapped under the program name and the
    positionals on lines of their own."""
    prefix = "usage: "
    whole = " ".join([prog] + optionals + positionals)
    if len(prefix) + len(whole) <= text_width:
        return whole

    def get_lines(parts, indent, first_prefix=None):
        lines = []
        line = []
        if first_prefix is not None:
            line_len = len(first_prefix) - 1
        else:
            line_len = len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > text_width and line:
                lines.append(indent + " ".join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + " ".join(line))
        if first_prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * text_width:
        indent = " " * (len(prefix) + len(prog) + 1)
        lines = get_lines([prog] + optionals, indent, prefix)
        lines.extend(get_lines(positionals, indent))
    else:
        indent = " " * len(prefix)
        lines = get_lines(optionals + positionals, indent)
        lines = [prog] + lines
    return "\n".join(lines)


class TestProgram:
    """Runs tests from the command line (`unittest.main`, `python -m
    unittest`): options -h/-v/-q/-f/-k PATTERN, test names (modules,
    dotted names down to a method, or .py paths), or `discover`."""

    testNamePatterns = None

    def __init__(
        self,
        module="__main__",
        defaultTest=None,
        argv=None,
        testRunner=None,
        testLoader=defaultTestLoader,
        exit=True,
        verbosity=1,
        failfast=None,
    ):
        if isinstance(module, str):
            self.module = sys.modules[module]
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        import os

        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _parse(self, args, discovery):
        """Options into attributes, as CPython's argparse parsers do
        (combined short flags, attached values, `--opt=value`,
        unambiguous long-option prefixes); returns the positional
        arguments. Bad usage raises _UsageError with argparse's message."""
        flags = {"-h": "--help", "-v": "--verbose", "-q": "--quiet", "-f": "--failfast",
                 "-c": "--catch", "-b": "--buffer"}
        valued = {"-k": None}
        if discovery:
            valued["-s"] = "--start-directory"
            valued["-p"] = "--pattern"
            valued["-t"] = "--top-level-directory"
        names = {}
        for table in (flags, valued):
            for short in table:
                long = table[short]
                display = short if long is None else short + "/" + long
                names[short] = display
                if long is not None:
                    names[long] = display
        names["--locals"] = "--locals"
        longs = [name for name in names if name.startswith("--")]
        positionals = []
        extras = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == "--":
                positionals.extend(args[i:])
                break
            if not arg.startswith("-") or arg == "-" or _looks_negative(arg):
                positionals.append(arg)
                continue
            explicit = None
            if arg in names:
                option = arg
            elif "=" in arg and arg.split("=", 1)[0] in names:
                option, explicit = arg.split("=", 1)
            elif arg.startswith("--"):
                prefix = arg.split("=", 1)[0]
                matches = [name for name in longs if name.startswith(prefix)]
                if len(matches) != 1:
                    extras.append(arg)
                    continue
                option = matches[0]
                if "=" in arg:
                    explicit = arg.split("=", 1)[1]
            elif arg[:2] in names:
                option, explicit = arg[:2], arg[2:]
            else:
                extras.append(arg)
                continue
            while True:
                display = names[option]
                short = display.split("/")[0]
                if short in valued:
                    if explicit is None:
                        if i >= len(args) or (args[i].startswith("-") and args[i] != "-" and not _looks_negative(args[i])):
                            raise _UsageError("argument %s: expected one argument" % display)
                        explicit = args[i]
                        i += 1
                    self._set_option(short, explicit)
                    break
                if explicit is None:
                    self._set_option(short, None)
                    break
                if option.startswith("--") or explicit == "":
                    raise _UsageError("argument %s: ignored explicit argument %r" % (display, explicit))
                next_option = "-" + explicit[0]
                if next_option not in names:
                    raise _UsageError("argument %s: ignored explicit argument %r" % (display, explicit))
                self._set_option(short, None)
                option = next_option
                explicit = explicit[1:] or None
        if discovery and len(positionals) > 3:
            extras.extend(positionals[3:])
            positionals = positionals[:3]
        if extras:
            raise _UsageError("unrecognized arguments: %s" % " ".join(extras))
        return positionals

    def _set_option(self, option, value):
        if option == "-v":
            self.verbosity = 2
        elif option == "-q":
            self.verbosity = 0
        elif option == "-f":
            self.failfast = True
        elif option == "-k":
            if self.testNamePatterns is None:
                self.testNamePatterns = []
            self.testNamePatterns.append(_convert_select_pattern(value))
        elif option == "-s":
            self.start = value
        elif option == "-p":
            self.pattern = value
        elif option == "-t":
            self.top = value
        elif option == "-h":
            self._print_help(self._parsing_discovery)
            sys.exit(0)
        else:
            raise NotImplementedError("unittest's command-line option %s is not supported" % option)

    def _usage(self, discovery):
        prog = self.progName
        parts = ["[-h]", "[-v]", "[-q]", "[--locals]", "[-f]", "[-c]", "[-b]", "[-k TESTNAMEPATTERNS]"]
        positionals = ["[tests ...]"]
        if discovery:
            prog = prog + " discover"
            parts = parts + ["[-s START]", "[-p PATTERN]", "[-t TOP]"]
            positionals = []
        return prog, "usage: %s\n" % _usage_lines(prog, parts, positionals)

    def _print_help(self, discovery):
        """-h: argparse's help for the parser in use (the main parser's
        adds the examples and, for `python -m unittest`, discover's help)."""
        if discovery:
            sys.stdout.write(self._usage(True)[1] + "\n" + _DISCOVERY_HELP)
            return
        sys.stdout.write(self._usage(False)[1] + "\n" + _MAIN_HELP + "\n")
        if self.module is None:
            sys.stdout.write(_MAIN_EXAMPLES.replace("PROG", self.progName) + "\n")
            sys.stdout.write(self._usage(True)[1] + "\n" + _DISCOVERY_HELP)
        else:
            sys.stdout.write(_MODULE_EXAMPLES.replace("PROG", self.progName) + "\n")

    def _usage_error(self, message, discovery):
        """argparse's usage error: the wrapped usage, the message, exit 2."""
        prog, usage = self._usage(discovery)
        sys.stderr.write(usage)
        sys.stderr.write("%s: error: %s\n" % (prog, message))
        sys.exit(2)

    def parseArgs(self, argv):
        discovery = self.module is None and len(argv) > 1 and argv[1].lower() == "discover"
        self._parsing_discovery = discovery
        try:
            if discovery:
                self._do_discovery(argv[2:])
                return
            names = self._parse(argv[1:], False)
            if self.module is None and not names:
                discovery = self._parsing_discovery = True
                self._do_discovery([])
                return
        except _UsageError as e:
            self._usage_error(str(e), discovery)
        if names:
            self.testNames = [_convert_name(name) for name in names]
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, argv):
        self.start = "."
        self.pattern = "test*.py"
        self.top = None
        positionals = self._parse(argv, True)
        if len(positionals) > 0:
            self.start = positionals[0]
        if len(positionals) > 1:
            self.pattern = positionals[1]
        if len(positionals) > 2:
            self.top = positionals[2]
        self.createTests(from_discovery=True)

    def createTests(self, from_discovery=False):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            self.test = self.testLoader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner(verbosity=self.verbosity, failfast=bool(self.failfast))
        elif isinstance(self.testRunner, type):
            self.testRunner = self.testRunner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = self.testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def _command_line(argv):
    """`python -m unittest [-v|-q|-f|-k PATTERN] [discover [-s DIR] [-p
    PATTERN] [-t TOP] | NAME...]`."""
    import os

    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:
        sys.path.insert(0, cwd)
    TestProgram(module=None, argv=[os.path.basename(sys.executable) + " -m unittest"] + argv[1:])


if __name__ == "__main__":
    # Run through the imported module so test modules and the loader share
    # one TestCase class.
    import unittest as _unittest

    _unittest._command_line(sys.argv)
