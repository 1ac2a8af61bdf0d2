# Custom exception hierarchies
class AppError(Exception):
    """Base for application errors."""
    default_message = "application error"
    def __init__(self, message=None, *, code=0):
        super().__init__(message or self.default_message)
        self.code = code
class ConfigError(AppError):
    default_message = "bad config"
class MissingKey(ConfigError, KeyError):
    pass
class NetworkError(AppError):
    pass
class TimeoutError_(NetworkError):
    default_message = "timed out"
def fail(cls, *args, **kw):
    raise cls(*args, **kw)
for cls in [AppError, ConfigError, MissingKey, NetworkError, TimeoutError_]:
    try:
        fail(cls, code=len(cls.__name__))
    except NetworkError as e:
        print("network handler:", type(e).__name__, e, e.code)
    except ConfigError as e:
        print("config handler:", type(e).__name__, e, e.code)
    except AppError as e:
        print("app handler:", type(e).__name__, e, e.code)
try:
    fail(MissingKey, "api_key")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, repr(e), str(e))
print([c.__name__ for c in MissingKey.__mro__])
print(issubclass(MissingKey, LookupError), issubclass(TimeoutError_, ConfigError))
print(AppError.__doc__, ConfigError.__doc__)
class Retryable(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(f"failed after {attempts} attempts")
    def __str__(self):
        return "Retryable: " + super().__str__()
try:
    raise Retryable(3)
except Exception as e:
    print(e, "|", repr(e), "|", e.attempts)
class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")
def validate(data):
    errors = []
    if "name" not in data:
        errors.append("name missing")
    if data.get("age", 0) < 0:
        errors.append("age negative")
    if errors:
        raise ValidationError(errors)
    return "valid"
for data in [{"name": "x"}, {"age": -1}, {"name": "y", "age": -5}]:
    try:
        print(validate(data))
    except ValueError as e:
        print(type(e).__name__, e, e.errors)
class BaseCatch(BaseException):
    pass
try:
    try:
        raise BaseCatch("not an Exception")
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException subclass escapes except Exception:", type(e).__name__, e)
class WithClassAttr(Exception):
    level = "warning"
class Critical(WithClassAttr):
    level = "critical"
for cls in (WithClassAttr, Critical):
    try:
        raise cls
    except WithClassAttr as e:
        print(type(e).__name__, e.level, repr(e))
