"""logging round 2: basicConfig options (force, handlers, filename, style, level names), hierarchy and propagation, errors."""
import io
import logging
import os
import sys


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


buf = io.StringIO()
logging.basicConfig(stream=buf, level="INFO", format="{levelname}|{name}|{message}", style="{")
logging.info("first %s", 1)
logging.debug("not shown")
t("root level", lambda: (logging.getLogger().level, len(logging.getLogger().handlers)))
logging.basicConfig(stream=sys.stdout, format="ignored")
t("second basicConfig no-op", lambda: len(logging.getLogger().handlers))
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s", level=logging.WARNING, force=True)
logging.warning("after force")
logging.info("hidden after force")
t("buffer", lambda: buf.getvalue())
path = "_tmp_logging_audit2.log"
logging.basicConfig(filename=path, filemode="w", format="%(name)s - %(message)s", force=True, level=logging.DEBUG)
logging.getLogger("file.child").debug("to file")
logging.shutdown()
for h in logging.getLogger().handlers:
    h.close()
t("file contents", lambda: open(path).read())
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout)], force=True, format="H:%(message)s")
logging.warning("via handlers")
t("basicConfig conflict", lambda: logging.basicConfig(stream=sys.stdout, filename="x", force=True))
t("basicConfig bad style", lambda: logging.basicConfig(style="$$", force=True))
t("basicConfig bad kw", lambda: logging.basicConfig(nonsense=1, force=True))
os.remove(path)
logging.basicConfig(stream=sys.stdout, format="%(name)s:%(levelname)s:%(message)s", force=True, level=logging.DEBUG)
a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
side = io.StringIO()
hb = logging.StreamHandler(side)
hb.setFormatter(logging.Formatter("B:%(message)s"))
ab.addHandler(hb)
abc.info("propagates twice")
ab.propagate = False
abc.info("stops at a.b")
ab.propagate = True
a.setLevel(logging.ERROR)
abc.warning("blocked by a's level? no: effective level")
t("effective", lambda: (abc.getEffectiveLevel(), ab.getEffectiveLevel(), abc.level, abc.parent is ab, ab.parent is a))
t("side", lambda: side.getvalue())
a.setLevel(logging.NOTSET)
hb.setLevel(logging.ERROR)
abc.warning("handler level filters B")
t("side2", lambda: side.getvalue().count("\n"))
ab.removeHandler(hb)
abc.disabled = True
abc.error("disabled logger")
abc.disabled = False
t("hasHandlers", lambda: (abc.hasHandlers(), logging.getLogger("zzz").hasHandlers()))
t("getChild", lambda: (a.getChild("b") is ab, a.getChild("x.y").name))
t("root name", lambda: (logging.getLogger("root") is logging.getLogger(), logging.getLogger("").name, logging.root.name))
t("log bad level", lambda: a.log("INFO", "x"))
t("extra conflict", lambda: a.info("x", extra={"message": 1}))
t("extra ok", lambda: a.warning("extra %(k)s", {"k": "v"}))
a.info("exc outside except", exc_info=True)
try:
    raise ValueError("boom")
except ValueError as e:
    a.error("with exc_info instance", exc_info=e)
t("levelnames", lambda: (logging.getLevelName("WARN"), logging.getLevelName(logging.WARN), logging.getLevelName("nope"), logging.getLevelName(0)))
t("checkLevel bad type", lambda: a.setLevel(1.5))
t("Formatter default", lambda: logging.Formatter().format(logging.makeLogRecord({"msg": "m %s", "args": ("x",)})))
t("Formatter validate", lambda: logging.Formatter("%(message", validate=True))
t("Formatter bad style", lambda: logging.Formatter("x", style="!"))
t("makeLogRecord", lambda: (lambda r: (r.msg, r.levelno, r.levelname, r.name, r.getMessage()))(logging.makeLogRecord({"msg": "hi"})))
t("handler repr", lambda: (repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler())))
t("logger repr", lambda: (repr(a), repr(logging.getLogger())))
t("lastResort", lambda: type(logging.lastResort).__name__)
t("dollar style", lambda: logging.Formatter("$levelname:${message}", style="$").format(logging.makeLogRecord({"msg": "d", "levelname": "INFO"})))
t("dollar no fields", lambda: logging.Formatter("plain", style="$"))
t("dollar bare", lambda: logging.Formatter("$ $message", style="$"))
t("brace no fields", lambda: logging.Formatter("plain", style="{"))
t("brace bad conv", lambda: logging.Formatter("{message!x}", style="{"))
t("percent variants", lambda: [logging.Formatter(f) is not None for f in ["%(message)s", "%(levelno)05d", "%(a)-10.3s", "%(x)r"]])
t("percent bad", lambda: logging.Formatter("%(message)"))
t("validate off", lambda: logging.Formatter("plain", validate=False).format(logging.makeLogRecord({"msg": "z"})))
t("stdout attrs", lambda: (sys.stdout.name, sys.stderr.name, sys.stdout.closed))
