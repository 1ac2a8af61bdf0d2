import logging
import sys


class Capture:
    """A stream that prints what a handler writes, marked."""

    def __init__(self, tag):
        self.tag = tag

    def write(self, text):
        for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
            print(self.tag, line)

    def flush(self):
        pass


# With no configuration, a named logger's warnings go to stderr via lastResort.
sys.stderr = sys.stdout
logging.getLogger("quiet").warning("last resort %s", "message")
logging.getLogger("quiet").info("not shown")

# The module-level functions configure the root logger on first use.
logging.warning("root warning %d", 1)
logging.info("root info hidden")
logging.error("root error")
print(logging.getLogger().handlers[0].stream is sys.stdout)
logging.getLogger().handlers.clear()

stream = Capture("[basic]")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", stream=stream)
logging.debug("debug now visible")
logging.info("info %s and %r", "args", "repr")
logging.critical("crit")
logging.log(25, "custom level")
logging.basicConfig(level=logging.ERROR, format="ignored")
logging.debug("second basicConfig was ignored")

app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is logging.getLogger(), logging.getLogger("app") is app)
deep = logging.getLogger("x.y.z")
mid = logging.getLogger("x.y")
print(deep.parent is mid, mid.parent is logging.getLogger())
print(app.getChild("db") is db)

app.setLevel(logging.WARNING)
print(app.getEffectiveLevel(), db.getEffectiveLevel(), db.isEnabledFor(logging.INFO))
db.info("db info filtered by app level")
db.warning("db warning propagates to root")

h = logging.StreamHandler(Capture("[app]"))
h.setFormatter(logging.Formatter("%(name)s - %(levelname)s - %(message)s"))
app.addHandler(h)
db.error("to both handlers")
app.propagate = False
db.error("only app handler")
h.setLevel(logging.CRITICAL)
db.error("handler level drops this")
db.critical("but not this")
app.removeHandler(h)
app.propagate = True

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
logging.addLevelName(33, "NOTICE")
print(logging.getLevelName(33), logging.getLevelName("NOTICE"))
app.setLevel("INFO")
print(app.level)
try:
    app.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
print(repr(app), repr(logging.getLogger()))

try:
    raise ValueError("bad value")
except ValueError:
    logging.exception("caught it")
logging.error("with exc_info", exc_info=ValueError("plain"))

f = logging.Formatter("{levelname}:{name}:{message}", style="{")
h2 = logging.StreamHandler(Capture("[brace]"))
h2.setFormatter(f)
brace = logging.getLogger("brace")
brace.propagate = False
brace.addHandler(h2)
brace.warning("hello %s", "world")
brace.warning("dict args %(a)s", {"a": 1})


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


brace.addFilter(OnlyOdd())
for i in range(4):
    brace.warning("n=%d", i)
h2.addFilter(lambda record: record.args[0] != 3)
for i in range(4):
    brace.warning("m=%d", i)

named = logging.Filter("app")
rec = logging.LogRecord("app.db", logging.INFO, "f.py", 1, "m", (), None)
print(named.filter(rec), logging.Filter("ap").filter(rec), logging.Filter().filter(rec))
print(rec.getMessage(), rec.levelname, rec.name)
rec2 = logging.LogRecord("n", logging.INFO, "f.py", 1, "%d-%d", (1, 2), None)
print(rec2.getMessage())

extra_logger = logging.getLogger("extra")
extra_logger.propagate = False
eh = logging.StreamHandler(Capture("[extra]"))
eh.setFormatter(logging.Formatter("%(user)s did %(message)s"))
extra_logger.addHandler(eh)
extra_logger.warning("login", extra={"user": "ann"})
try:
    extra_logger.warning("x", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)

logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error still shown")
logging.disable(logging.NOTSET)

null = logging.getLogger("lib")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("swallowed")
print(null.hasHandlers(), logging.getLogger("nohandlers.child").hasHandlers())
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log", force=True)
except ValueError as e:
    print("ValueError:", e)
