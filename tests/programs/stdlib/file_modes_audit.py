"""open() mode combinations: +, a/x positions, text seeks and tells, binary seeks, write-then-read."""
import os

P = "_tmp_file_modes_audit.txt"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open(P, "w") as f:
    f.write("line1\nline2\nline3\n")
with open(P, "a+") as f:
    t("a+ tell", lambda: f.tell())
    f.write("line4\n")
    f.seek(0)
    t("a+ read", lambda: f.readline())
    f.write("appended\n")
    f.seek(0)
    t("a+ all", lambda: f.read())
with open(P, "rb+") as f:
    f.seek(2)
    f.write(b"XY")
    f.seek(-3, 2)
    t("rb+ end", lambda: (f.read(), f.tell()))
    t("seek 1", lambda: (f.seek(-4, 1), f.read(2)))
    t("seek neg", lambda: f.seek(-100))
with open(P, "r") as f:
    t("text tell", lambda: (f.readline(), f.tell(), f.readline(), f.tell()))
    t("text seek cur", lambda: f.seek(5, 1))
    t("text seek end nonzero", lambda: f.seek(-1, 2))
    t("text seek end", lambda: (f.seek(0, 2), f.read()))
    t("text seek cur zero", lambda: f.seek(0, 1))
    f.seek(0)
    t("next then read", lambda: (next(f), f.read(5)))
with open(P, "w+") as f:
    f.write("abc")
    t("w+ read at end", lambda: f.read())
    f.seek(0)
    t("w+ read", lambda: f.read())
with open(P, "x" if not os.path.exists(P) else "r+") as f:
    t("r+ overwrite", lambda: (f.write("Z"), f.seek(0), f.read()))
os.remove(P)
with open(P, "x+") as f:
    f.write("new")
    f.seek(0)
    t("x+", lambda: f.read())
with open(P, "ab") as f:
    t("ab tell", lambda: f.tell())
    f.write(b"\xffbin")
with open(P, "rb") as f:
    t("rb readline", lambda: (f.readline(), f.readline()))
with open(P, "r", errors="replace") as f:
    t("decode replace", lambda: f.read())
with open(P, "r", errors="ignore") as f:
    t("decode ignore", lambda: f.read())
t("newline mode read", lambda: (lambda f: f.read())(open(P, newline="\r")))
with open(P, "w", newline="\r\n") as f:
    f.write("a\nb\n")
t("crlf written", lambda: open(P, "rb").read())
t("crlf read default", lambda: open(P).read())
t("crlf read newline ''", lambda: open(P, newline="").readlines())
t("crlf read newline '\\n'", lambda: open(P, newline="\n").readlines())
with open(P, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
t("mixed endings", lambda: (open(P).readlines(), open(P, newline="\r").readlines(), open(P, newline="").readlines()))
t("buffering arg", lambda: open(P, "rb", buffering=0).read(2))
t("buffering text 0", lambda: open(P, "r", buffering=0))
os.remove(P)
t("errors binary", lambda: open("x", "rb", errors="strict"))
t("errors type", lambda: open("x", "r", errors=5))
with open(P, "w", newline="") as f:
    f.write("one\r\ntwo\rthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    t("iter newline=%r" % (nl,), lambda: list(open(P, newline=nl)))
    t("readline newline=%r" % (nl,), lambda: (lambda f: [f.readline(), f.readline(), f.readline(2)])(open(P, newline=nl)))
os.remove(P)
