"""Adversarial socket/select (loopback, one process), hashlib, hmac, time, errno and signal checks."""
import errno
import hashlib
import hmac
import os
import select
import signal
import socket
import time


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# -- socket: a server and clients in one process --------------------------
print("consts", socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_WR, socket.SHUT_RDWR)
print("errors", socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError),
      issubclass(socket.herror, OSError))
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuse", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print("bound", host, port > 0, srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.gettimeout())
t("bind again", lambda: socket.socket().bind(("127.0.0.1", port)))
c = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print("accepted", addr[0], conn.getpeername() == c.getsockname(), c.getpeername() == (host, port))
print("sendall", c.sendall(b"hello world"), c.send(b"!"))
time.sleep(0.05)
print("recv", conn.recv(5), conn.recv(100))
buf = bytearray(8)
c.sendall(b"abcdef")
time.sleep(0.05)
n = conn.recv_into(buf)
print("recv_into", n, bytes(buf))
c.sendall(b"xyz")
time.sleep(0.05)
n = conn.recv_into(buf, 2)
print("recv_into n", n, bytes(buf[:2]), conn.recv(10))
conn.settimeout(0.2)
print("timeout value", conn.gettimeout())
try:
    conn.recv(10)
except socket.timeout as e:
    print("timed out", type(e).__name__, e)
conn.setblocking(False)
print("nonblocking", conn.gettimeout(), conn.getblocking())
try:
    conn.recv(10)
except BlockingIOError as e:
    print("would block", e.errno == errno.EAGAIN, type(e).__name__)
conn.setblocking(True)
print("blocking", conn.gettimeout(), conn.getblocking())
t("settimeout neg", lambda: conn.settimeout(-1))
t("settimeout type", lambda: conn.settimeout("x"))
# select: readable only when data is pending
r, w, x = select.select([conn], [c], [], 0)
print("select idle", len(r), len(w), len(x))
c.sendall(b"ping")
r, w, x = select.select([conn, srv], [], [], 1.0)
print("select data", [s is conn for s in r])
print("after select", conn.recv(10))
c2 = socket.create_connection(("127.0.0.1", port))
r, _, _ = select.select([srv], [], [], 1.0)
print("select accept", r == [srv])
conn2, _ = srv.accept()
t("select bad", lambda: select.select([object()], [], [], 0))
t("select neg", lambda: select.select([], [], [], -1))
t("select empty", lambda: select.select([], [], [], 0))
# makefile on both ends
wf = c2.makefile("wb")
wf.write(b"line one\nline two\n")
wf.flush()
rf = conn2.makefile("rb")
print("makefile", rf.readline(), rf.readline())
tw = conn2.makefile("w", encoding="utf-8")
tw.write("text ✓\n")
tw.flush()
tr = c2.makefile("r", encoding="utf-8")
print("text makefile", repr(tr.readline()))
for f in (wf, rf, tw, tr):
    f.close()
# shutdown and EOF
c2.shutdown(socket.SHUT_WR)
print("eof", conn2.recv(10))
conn2.sendall(b"bye")
print("half-closed", c2.recv(10))
conn2.close()
c2.close()
c.close()
t("closed recv", lambda: c.recv(1))
t("closed fileno", lambda: c.fileno())
t("closed send", lambda: c.send(b"x"))
print("closed repr", "[closed]" in repr(c))
conn.close()
with socket.socket() as s:
    s.settimeout(0.5)
    t("refused", lambda: s.connect(("127.0.0.1", port if False else 1)))
t("connect_ex", lambda: socket.socket().connect_ex(("127.0.0.1", 1)) == errno.ECONNREFUSED)
srv.close()
t("bad address", lambda: socket.socket().connect(("127.0.0.1",)))
t("gethostname", lambda: type(socket.gethostname()).__name__)
t("gaierror", lambda: socket.getaddrinfo("name.invalid", 80))
t("inet", lambda: (socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01")) if hasattr(socket, "inet_aton") else "n/a")
t("htons", lambda: (socket.htons(1), socket.ntohs(256)) if hasattr(socket, "htons") else "n/a")
s1, s2 = socket.socketpair()
s1.sendall(b"pair")
print("socketpair", s2.recv(10))
s1.close()
s2.close()

# -- hashlib / hmac ---------------------------------------------------------
for name in ["md5", "sha1", "sha256", "sha224", "sha384", "sha512"]:
    h = hashlib.new(name)
    h.update(b"abc")
    h2 = h.copy()
    h2.update(b"def")
    print(name, h.hexdigest(), h2.hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
print("ctor", hashlib.sha256(b"").hexdigest(), hashlib.md5(b"a" * 1000).hexdigest(), hashlib.sha1(string=b"x").hexdigest())
print("pbkdf2", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"p", b"s", 2, dklen=10).hex())
print("algorithms", sorted(a for a in hashlib.algorithms_guaranteed if a in ("md5", "sha1", "sha256", "sha512")))
t("hash str", lambda: hashlib.sha256("abc"))
t("update str", lambda: hashlib.sha256().update("abc"))
t("unknown", lambda: hashlib.new("nope"))
t("bytearray", lambda: hashlib.sha256(bytearray(b"abc")).hexdigest())
t("pbkdf2 bad", lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
mac = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print("hmac", mac.hexdigest(), mac.name, mac.digest_size, len(mac.digest()))
m2 = mac.copy()
m2.update(b"!")
print("hmac copy", mac.hexdigest() != m2.hexdigest(), hmac.new(b"k", digestmod="md5").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
print("hmac long key", hmac.new(b"k" * 200, b"m", "sha256").hexdigest())
print("compare_digest", hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
t("hmac no digestmod", lambda: hmac.new(b"k", b"m"))
t("hmac str key", lambda: hmac.new("k", b"m", "sha256"))

# -- time ---------------------------------------------------------------------
print("gmtime", time.gmtime(0), tuple(time.gmtime(1700000000.5)), time.gmtime(86400 * 366).tm_yday)
st = time.gmtime(951782400)
print("struct", st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_isdst, st[0], len(st))
print("strftime", time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", time.gmtime(1234567890)))
print("strftime tuple", time.strftime("%Y/%m/%d", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print("asctime", time.asctime(time.gmtime(0)))
print("calendar", time.mktime(time.localtime(1e9)) == 1e9)
a = time.time()
m = time.monotonic()
p = time.perf_counter()
time.sleep(0.02)
print("clocks", time.time() >= a, time.monotonic() - m >= 0.015, time.perf_counter() - p >= 0.015, type(time.time_ns()).__name__)
t("sleep neg", lambda: time.sleep(-1))
t("sleep type", lambda: time.sleep("1"))
t("gmtime type", lambda: time.gmtime("0"))
t("strftime bad", lambda: time.strftime("%Y", (1,)))
t("localtime type", lambda: type(time.localtime()).__name__)
t("struct_time", lambda: time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))

# -- errno / signal -------------------------------------------------------------
print("errno", errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.EINTR,
      errno.errorcode[errno.ENOENT], os.strerror(errno.ENOENT))
print("signals", int(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2,
      signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
got = []


def handler(signum, frame):
    got.append(signum)


old = signal.signal(signal.SIGTERM, handler)
print("old handler", old == signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(0.01)
print("handled", got, signal.getsignal(signal.SIGTERM) is handler)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGTERM)
print("ignored", got)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
t("bad signal", lambda: signal.signal(12345, handler))
t("bad handler", lambda: signal.signal(signal.SIGTERM, 5))
t("SIGKILL", lambda: signal.signal(signal.SIGKILL, handler))
