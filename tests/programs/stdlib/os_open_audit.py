"""Adversarial os, os.path and open() checks (in a scratch folder removed at the end)."""
import os

D = "_tmp_os_open_audit"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)




def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


if os.path.exists(D):
    rmtree(D)
os.makedirs(D + "/sub/deep")
p = os.path.join(D, "f.txt")

# open modes
with open(p, "w", encoding="utf-8") as f:
    print("write returns", f.write("héllo\nline2\r\nline3"), f.mode, f.name == p, f.closed, f.encoding)
print("closed after", f.closed)
t("read", lambda: open(p).read())
t("read newline=''", lambda: open(p, newline="").read())
t("read binary", lambda: open(p, "rb").read())
t("readline", lambda: (lambda f: (f.readline(), f.readline(), f.readline(), f.readline()))(open(p)))
t("readlines", lambda: open(p).readlines())
t("iter", lambda: [l for l in open(p)])
t("read n", lambda: (lambda f: (f.read(2), f.read(3), f.tell() > 0))(open(p)))
t("rb read n", lambda: (lambda f: (f.read(2), f.read(1), f.tell(), f.seek(0), f.read(1)))(open(p, "rb")))
with open(p, "a") as f:
    f.write("\nappended")
t("append", lambda: open(p).read().split("\n")[-1])
t("x exists", lambda: open(p, "x"))
with open(os.path.join(D, "new.txt"), "x") as f:
    f.write("x mode")
t("x new", lambda: open(os.path.join(D, "new.txt")).read())
with open(p, "r+") as f:
    f.write("HEL")
    f.seek(0)
    print("r+", repr(f.read(5)))
with open(p, "w+") as f:
    f.write("truncated")
    f.seek(0)
    print("w+", repr(f.read()))
with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print("a+", repr(f.read()))
with open(p, "wb") as f:
    print("wb write", f.write(b"\x00\xff\n"), f.write(bytearray(b"ab")))
t("rb", lambda: open(p, "rb").read())
t("rb lines", lambda: open(p, "rb").readlines())
t("decode error", lambda: open(p).read())
t("missing", lambda: open(os.path.join(D, "nope.txt")))
t("missing errno", lambda: (lambda: [e for e in [None]])())
try:
    open(os.path.join(D, "nope.txt"))
except FileNotFoundError as e:
    print("FNF", e.errno, e.strerror, e.filename, isinstance(e, OSError), e.args)
t("is dir", lambda: open(D))
t("write dir", lambda: open(D, "w"))
t("bad mode", lambda: open(p, "rw"))
t("bad mode2", lambda: open(p, "z"))
t("bad mode3", lambda: open(p, "rbt"))
t("binary encoding", lambda: open(p, "rb", encoding="utf-8"))
t("write to r", lambda: open(p).write("x"))
t("read from w", lambda: (lambda f: f.read())(open(os.path.join(D, "w.txt"), "w")))
t("write bytes to text", lambda: open(os.path.join(D, "w.txt"), "w").write(b"x"))
t("write str to binary", lambda: open(os.path.join(D, "w.txt"), "wb").write("x"))
t("closed op", lambda: (lambda f: (f.close(), f.read()))(open(p, "rb")))
t("no dir", lambda: open(os.path.join(D, "nodir", "f.txt"), "w"))
t("fileno type", lambda: type(open(p).fileno()).__name__)
t("writelines", lambda: (lambda f: (f.writelines(["a\n", "b\n"]), f.close(), open(os.path.join(D, "wl.txt")).read())[2])(
    open(os.path.join(D, "wl.txt"), "w")))
t("print file", lambda: (lambda f: (print("x", 1, file=f), f.close(), open(os.path.join(D, "pf.txt")).read())[2])(
    open(os.path.join(D, "pf.txt"), "w")))
t("flush", lambda: open(os.path.join(D, "wl.txt"), "a").flush())
t("readable", lambda: (lambda f: (f.readable(), f.writable(), f.seekable()))(open(p, "rb")))
t("truncate", lambda: (lambda f: (f.truncate(1), f.close(), open(p, "rb").read())[2])(open(p, "r+b")))
t("utf8 bom-free", lambda: (lambda: (open(os.path.join(D, "u.txt"), "w", encoding="utf-8").write("€"), open(os.path.join(D, "u.txt"), "rb").read()))())
t("repr", lambda: repr(open(p, "rb")).startswith("<_io.BufferedReader name="))

# os / os.path
t("listdir", lambda: sorted(os.listdir(D)))
t("listdir missing", lambda: os.listdir(D + "/none"))
t("makedirs exists", lambda: os.makedirs(D + "/sub"))
t("makedirs ok", lambda: os.makedirs(D + "/sub", exist_ok=True))
t("makedirs file", lambda: os.makedirs(p, exist_ok=True))
t("mkdir", lambda: (os.mkdir(D + "/m"), os.path.isdir(D + "/m")))
t("mkdir exists", lambda: os.mkdir(D + "/m"))
t("rmdir nonempty", lambda: os.rmdir(D + "/sub"))
t("remove dir", lambda: os.remove(D + "/sub"))
t("remove missing", lambda: os.remove(D + "/zzz"))
t("rename", lambda: (os.rename(D + "/new.txt", D + "/renamed.txt"), os.path.exists(D + "/renamed.txt"), os.path.exists(D + "/new.txt")))
t("rename missing", lambda: os.rename(D + "/zzz", D + "/yyy"))
t("unlink", lambda: (os.unlink(D + "/renamed.txt"), os.path.exists(D + "/renamed.txt")))
t("exists", lambda: (os.path.exists(p), os.path.exists(D), os.path.exists(D + "/q"), os.path.exists("")))
t("isdir isfile", lambda: (os.path.isdir(D), os.path.isdir(p), os.path.isfile(p), os.path.isfile(D), os.path.isfile("nope")))
t("getsize", lambda: os.path.getsize(p))
t("getsize missing", lambda: os.path.getsize(D + "/nope"))
t("join", lambda: (os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/abs", "c"), os.path.join("a", ""),
                   os.path.join("", "b"), os.path.join("a")))
t("join bad", lambda: os.path.join("a", 5))
t("dirname", lambda: (os.path.dirname("/a/b/c"), os.path.dirname("a"), os.path.dirname("/"), os.path.dirname("a/b/"), os.path.dirname("")))
t("basename", lambda: (os.path.basename("/a/b/c.txt"), os.path.basename("a/b/"), os.path.basename(""), os.path.basename("/")))
t("split", lambda: (os.path.split("/a/b"), os.path.split("a"), os.path.split("/"), os.path.split("a/b/"), os.path.split("//x")))
t("splitext", lambda: (os.path.splitext("a.b.c"), os.path.splitext(".hidden"), os.path.splitext("a/.b"), os.path.splitext("a."),
                       os.path.splitext("..."), os.path.splitext("a/b.c/d"), os.path.splitext("")))
t("abspath", lambda: (os.path.abspath("/a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("//a")))
t("normpath", lambda: (os.path.normpath(""), os.path.normpath("a/../.."), os.path.normpath("/.."), os.path.normpath("./a/"),
                       os.path.normpath("///a//b")))
t("isabs", lambda: (os.path.isabs("/a"), os.path.isabs("a")))
t("relpath", lambda: (os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c")))
t("commonprefix", lambda: os.path.commonprefix(["/usr/lib", "/usr/local"]))
t("expanduser", lambda: os.path.expanduser("~") == os.environ.get("HOME"))
t("getcwd", lambda: os.path.isabs(os.getcwd()))
t("environ", lambda: (type(os.environ["PATH"]).__name__, "PATH" in os.environ, os.environ.get("NOPE_X_Y", "dflt")))
os.environ["PIEPIE_AUDIT_VAR"] = "v1"
t("environ set", lambda: (os.environ["PIEPIE_AUDIT_VAR"], os.getenv("PIEPIE_AUDIT_VAR"), os.getenv("NOPE_Q", "d")))
del os.environ["PIEPIE_AUDIT_VAR"]
t("environ del", lambda: os.environ.get("PIEPIE_AUDIT_VAR"))
t("environ missing", lambda: os.environ["NOPE_X_Y"])
t("environ bad type", lambda: os.environ.__setitem__("X", 1))
t("getpid", lambda: os.getpid() > 0 and os.getpid() == os.getpid())
t("urandom", lambda: (len(os.urandom(0)), len(os.urandom(33)), type(os.urandom(1)).__name__))
t("urandom neg", lambda: os.urandom(-1))
t("sep", lambda: (os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep))
t("stat missing", lambda: os.stat(D + "/nope"))
t("walk", lambda: [(r.replace("\\", "/"), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(D)])
t("scandir", lambda: sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(D)))
import sys
sys.stdout.flush()  # the children must not inherit unflushed output
pid = os.fork()
if pid == 0:
    with open(os.path.join(D, "child.txt"), "w") as f:
        f.write("from child")
    os._exit(7)
rpid, status = os.waitpid(pid, 0)
print("fork", rpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), open(os.path.join(D, "child.txt")).read())
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    import time
    time.sleep(5)
    os._exit(0)
import signal
os.kill(pid, signal.SIGTERM)
rpid, status = os.waitpid(pid, 0)
print("kill", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM)
t("kill bad", lambda: os.kill(2 ** 22 + 12345, 0))
t("waitpid none", lambda: os.waitpid(-1, 0))
rmtree(D)
print("cleaned", os.path.exists(D))
os.makedirs(D)
p = os.path.join(D, "e.txt")
open(p, "w").close()
t("encoding default", lambda: open(p).encoding)
t("encoding given", lambda: (open(p, encoding="utf8").encoding, open(p, encoding="UTF-8").encoding))
t("encoding type", lambda: open(p, encoding=5))
t("encoding binary", lambda: open(p, "rb", encoding="utf-8"))
t("newline bad", lambda: open(p, newline="x"))
t("mode type", lambda: open(p, 5))
t("empty read", lambda: (open(p).read(), open(p).readline(), open(p).readlines(), open(p, "rb").read()))
rmtree(D)
os.makedirs(D)
p = os.path.join(D, "c.txt")
open(p, "w").write("abc\n")
for mode in ["r", "rb", "w", "wb", "r+b", "a"]:
    f = open(p, mode)
    f.close()
    for op in ["read", "readline", "readlines", "write", "seek", "tell", "flush", "truncate", "fileno", "readable",
               "writable", "seekable", "__iter__", "__next__", "isatty"]:
        try:
            m = getattr(f, op)
            if op == "write":
                m("x" if "b" not in mode else b"x")
            elif op == "seek":
                m(0)
            else:
                m()
            print(mode, op, "ok")
        except Exception as e:
            print(mode, op, type(e).__name__, e)
for mode in ["r", "rb", "w", "wb", "a", "ab"]:
    f = open(p, mode)
    for op in ["read", "readline", "readlines", "write", "writelines", "truncate", "isatty", "__next__"]:
        try:
            m = getattr(f, op)
            if op == "write":
                m("x" if "b" not in mode else b"x")
            elif op == "writelines":
                m(["x" if "b" not in mode else b"x"])
            else:
                m()
            print(mode, op, "ok")
        except Exception as e:
            print(mode, op, type(e).__name__, e)
    f.close()
with open(p, "w") as f:
    f.write("one\ntwo\nthree\n")
with open(p) as f:
    print("next", next(f), f.readline(), list(f))
with open(p, "r+") as f:
    f.seek(4)
    print("truncate", f.truncate(), f.tell())
print(repr(open(p).read()))
rmtree(D)

# dict/list/str subclasses calling the built-in methods they override
class EnvLike(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, str(v))

    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())

    def __delitem__(self, k):
        dict.__delitem__(self, k.upper())

    def __contains__(self, k):
        return dict.__contains__(self, k.upper())

    def __iter__(self):
        return iter(sorted(dict.__iter__(self)))


e = EnvLike()
e["A"] = 1
e["B"] = 2
print(e["a"], "a" in e, list(e), len(e))
del e["a"]
print(dict(e))


class Key(str):
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())

    def __hash__(self):
        return str.__hash__(self.lower())


print({Key("ABC"): 1}.get("abc"), hash(Key("x")) == hash("x"), int.__hash__(7), tuple.__hash__((1, 2)) == hash((1, 2)))
