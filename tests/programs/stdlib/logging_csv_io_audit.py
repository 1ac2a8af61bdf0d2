"""Adversarial logging, csv, io, secrets, uuid and http checks."""
import csv
import io
import logging
import secrets
import sys
import uuid
import http
from http import HTTPStatus


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# logging: root logger to stdout with a format
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("hidden")
logging.info("info %s %d", "x", 5)
logging.warning("warn")
logging.error("err %r", {"k": 1})
logging.critical("crit")
logging.basicConfig(level=logging.DEBUG)  # no effect: already configured
logging.debug("still hidden")
log = logging.getLogger("app.sub")
log.info("from child")
log.setLevel(logging.WARNING)
log.info("child hidden")
log.warning("child warn")
print("levels", log.level, log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel(), log.isEnabledFor(logging.ERROR))
print("names", logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("INFO"), logging.WARN, logging.FATAL)
print("same", logging.getLogger("app.sub") is log, log.parent.name, logging.getLogger().name, log.name)
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s %(lineno)s: %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.DEBUG)


def func():
    other.debug("dbg")


func()
other.info("with args %s", ("tuple",))
other.warning("dict arg %(a)s", {"a": 1})
try:
    1 / 0
except ZeroDivisionError:
    other.exception("failed")
print(repr(buf.getvalue().split("Traceback")[0]))
print("has tb", "ZeroDivisionError: division by zero" in buf.getvalue())
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("%(message)s|%(levelno)d"))
other.addHandler(h2)
other.warning("only buf")
other.error("both")
other.removeHandler(h2)
other.error("buf only again")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith("odd")


other.addHandler(h2)
h2.addFilter(OnlyOdd())
other.error("even")
other.error("odd")
logging.getLogger("x").log(logging.ERROR, "via log()")
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("%(filename)s %(module)s %(funcName)s %(lineno)d %(message)s"))
loc = logging.getLogger("loc")
loc.propagate = False
loc.addHandler(h3)


def helper_logs():
    loc.warning("in helper")
    loc.warning("one up", stacklevel=2)


class K:
    def method(self):
        helper_logs()
        loc.error("method")


K().method()
loc.warning("top")
loc.warning("too far", stacklevel=10)
logging.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
logging.log(25, "named custom level")
fmt = logging.Formatter("%(asctime)s", datefmt="%Y")
print("fmt style", logging.Formatter("{levelname}:{message}", style="{").format(
    logging.LogRecord("n", logging.INFO, "p", 1, "m %s", ("a",), None)))
rec = logging.LogRecord("n", logging.INFO, "path/f.py", 7, "m %s", ("a",), None)
print("record", rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
t("bad format", lambda: logging.Formatter("%(nope)s").format(rec))
t("setLevel name", lambda: (log.setLevel("DEBUG"), log.level))
t("setLevel bad", lambda: log.setLevel("LOUD"))
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)

# csv
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', "f\ng", "", None, 1.5, 2])
w.writerows([[1, 2], ["x y", " lead"]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter=";", quotechar="'", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1, "it's"])
w2 = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w2.writerow(["a", 1, 2.5, None])
w3 = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w3.writerow(["sp ace", "tab\t", "q'"])
print(repr(out.getvalue()))
t("QUOTE_NONE err", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
t("QUOTE_NONE esc", lambda: (lambda o: (csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"']), o.getvalue())[1])(io.StringIO()))
data = 'name,age\r\n"Smith, J",42\r\n"multi\nline","say ""hi"""\r\n\r\nlast,\r\n'
t("reader", lambda: list(csv.reader(io.StringIO(data))))
t("reader lines", lambda: list(csv.reader(["a,b", "c,'d,e'"], quotechar="'")))
t("reader delim", lambda: list(csv.reader(["a|b|", "|"], delimiter="|")))
t("reader skipinitial", lambda: list(csv.reader(['a, "b", c'], skipinitialspace=True)))
t("reader nonnumeric", lambda: list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
t("reader strict", lambda: list(csv.reader(['"a"b,c'], strict=True)))
t("reader lax", lambda: list(csv.reader(['"a"b,c'])))
t("reader eof quote", lambda: list(csv.reader(['"abc'], strict=True)))
t("reader eof quote lax", lambda: list(csv.reader(['"abc'])))
t("reader line_num", lambda: (lambda r: (list(r), r.line_num))(csv.reader(io.StringIO("a\nb\n"))))
t("reader bad arg", lambda: csv.reader(["a"], delimiter="ab"))
t("reader escapechar", lambda: list(csv.reader(['a\\,b,c'], escapechar="\\")))
t("reader doublequote off", lambda: list(csv.reader(['"a\\"b"'], doublequote=False, escapechar="\\")))
dr = csv.DictReader(io.StringIO("x,y\n1,2\n3\n4,5,6\n"))
t("DictReader", lambda: ([dict(r) for r in dr], dr.fieldnames))
dr2 = csv.DictReader(io.StringIO("1,2,3\n"), fieldnames=["a", "b"], restkey="rest", restval="?")
t("DictReader restkey", lambda: [dict(r) for r in dr2])
dr3 = csv.DictReader(io.StringIO("1\n"), fieldnames=["a", "b"], restval="?")
t("DictReader restval", lambda: [dict(r) for r in dr3])
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], restval="-", lineterminator="\n")
dw.writeheader()
dw.writerow({"a": 1})
dw.writerows([{"b": 2, "a": "x,y"}])
print(repr(out.getvalue()))
t("DictWriter extra", lambda: dw.writerow({"a": 1, "c": 3}))
t("DictWriter ignore", lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore").writerow({"a": 1, "c": 3}))
t("DictWriter bad action", lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="nope"))
t("dialects", lambda: (csv.excel.delimiter, csv.excel_tab.delimiter, sorted(csv.list_dialects())))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
t("registered", lambda: (lambda o: (csv.writer(o, "pipes").writerow([1, 2]), o.getvalue())[1])(io.StringIO()))
t("unknown dialect", lambda: csv.writer(io.StringIO(), "nope"))
t("csv.Error", lambda: issubclass(csv.Error, Exception))
t("writer non-iterable", lambda: csv.writer(io.StringIO()).writerow(5))

# io
s = io.StringIO("line1\nline2\nline3")
t("readline", lambda: (s.readline(), s.readline(3), s.readline(), s.readline(), s.readline()))
s.seek(0)
t("readlines", lambda: s.readlines())
s.seek(0)
t("iter", lambda: [l for l in s])
s = io.StringIO()
t("write", lambda: (s.write("abc"), s.write("de"), s.tell(), s.getvalue()))
s.seek(1)
s.write("X")
t("overwrite", lambda: (s.getvalue(), s.tell(), s.read()))
s.seek(10)
s.write("!")
t("seek past end", lambda: s.getvalue())
t("truncate", lambda: (s.truncate(2), s.getvalue(), s.tell()))
t("read n", lambda: (lambda f: (f.read(2), f.read(), f.read()))(io.StringIO("hello")))
t("seek whence", lambda: io.StringIO("abc").seek(0, 2))
t("seek bad", lambda: io.StringIO("abc").seek(1, 1))
t("closed", lambda: (lambda f: (f.close(), f.closed, f.getvalue()))(io.StringIO("x")))
t("closed read", lambda: (lambda f: (f.close(), f.read()))(io.StringIO("x")))
t("newline", lambda: io.StringIO("a\r\nb\rc\n").readlines())
t("newline none", lambda: io.StringIO("a\r\nb\rc\n", newline=None).readlines())
t("newline empty", lambda: io.StringIO("a\r\nb\rc\n", newline="").readlines())
t("write type", lambda: io.StringIO().write(b"x"))
t("with", lambda: (lambda: [f.read() for f in [io.StringIO("w")]])())
with io.StringIO() as f:
    f.write("ctx")
    print("ctx", f.getvalue())
print("ctx closed", f.closed)
t("print to", lambda: (lambda f: (print("a", 1, sep="-", end="!", file=f), f.getvalue())[1])(io.StringIO()))
b = io.BytesIO(b"abc\ndef\n")
t("bytes readline", lambda: (b.readline(), b.read(2), b.read(), b.tell()))
b = io.BytesIO()
t("bytes write", lambda: (b.write(b"xyz"), b.write(bytearray(b"12")), b.getvalue(), b.seek(1), b.write(b"Q"), b.getvalue()))
t("bytes getbuffer-ish", lambda: bytes(b.getvalue()))
t("bytes write str", lambda: io.BytesIO().write("s"))
t("bytes readlines", lambda: io.BytesIO(b"a\nb").readlines())
t("bytes iter", lambda: list(io.BytesIO(b"a\nb\n")))
t("bytes truncate", lambda: (lambda x: (x.truncate(1), x.getvalue()))(io.BytesIO(b"abc")))
t("bytes read1", lambda: io.BytesIO(b"abc").read(-1))
t("readable", lambda: (io.StringIO().readable(), io.StringIO().writable(), io.StringIO().seekable()))
t("UnsupportedOperation", lambda: issubclass(io.UnsupportedOperation, OSError))

# secrets, uuid
t("token_hex", lambda: (len(secrets.token_hex(16)), len(secrets.token_hex()), all(c in "0123456789abcdef" for c in secrets.token_hex(8))))
t("token_bytes", lambda: (len(secrets.token_bytes(10)), type(secrets.token_bytes())))
t("token_urlsafe", lambda: (len(secrets.token_urlsafe(16)), all(c.isalnum() or c in "-_" for c in secrets.token_urlsafe())))
t("randbelow", lambda: (all(0 <= secrets.randbelow(5) < 5 for _ in range(50)), secrets.randbelow(1)))
t("randbelow bad", lambda: secrets.randbelow(0))
t("choice", lambda: secrets.choice("abc") in "abc")
t("compare_digest", lambda: (secrets.compare_digest("a", "a"), secrets.compare_digest(b"a", b"b")))
t("compare_digest mixed", lambda: secrets.compare_digest("a", b"a"))
t("randbits", lambda: 0 <= secrets.randbits(8) < 256)
u = uuid.uuid4()
t("uuid4", lambda: (u.version, u.variant, len(str(u)), str(u)[14], str(u)[19] in "89ab", len(u.hex), u.int < 2 ** 128, len(u.bytes)))
t("uuid4 unique", lambda: uuid.uuid4() != uuid.uuid4())
x = uuid.UUID("12345678-1234-5678-1234-567812345678")
t("UUID", lambda: (x, str(x), x.hex, x.int, x.version, x.urn, x.fields, x.time_low))
t("UUID forms", lambda: (uuid.UUID("{12345678123456781234567812345678}") == x, uuid.UUID(hex="urn:uuid:12345678-1234-5678-1234-567812345678") == x,
                         uuid.UUID(int=x.int) == x, uuid.UUID(bytes=x.bytes) == x))
t("UUID bad", lambda: uuid.UUID("1234"))
t("UUID none", lambda: uuid.UUID())
t("UUID cmp", lambda: (x < uuid.UUID(int=x.int + 1), hash(x) == hash(uuid.UUID(str(x))), {x: 1}[uuid.UUID(str(x))]))
t("uuid3", lambda: uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
t("uuid5", lambda: uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
t("NAMESPACE", lambda: uuid.NAMESPACE_DNS)
t("setattr", lambda: setattr(x, "int", 5))

# http
t("status", lambda: (HTTPStatus.OK, HTTPStatus.OK.value, HTTPStatus.OK.phrase, HTTPStatus.OK.description, HTTPStatus(404),
                     HTTPStatus(404).phrase, int(HTTPStatus.NOT_FOUND), HTTPStatus.NOT_FOUND == 404))
t("status str", lambda: (str(HTTPStatus.OK), f"{HTTPStatus.CREATED}", repr(HTTPStatus.IM_A_TEAPOT)))
t("status bad", lambda: HTTPStatus(999))
t("all codes", lambda: [(s.value, s.phrase) for s in HTTPStatus])
t("is_success", lambda: (HTTPStatus.OK.is_success, HTTPStatus.NOT_FOUND.is_client_error) if hasattr(HTTPStatus.OK, "is_success") else "n/a")
t("HTTPMethod", lambda: getattr(http, "HTTPMethod", "absent in 3.11"))
t("responses", lambda: __import__("http.server").server.BaseHTTPRequestHandler.responses[200] if False else "skip")
