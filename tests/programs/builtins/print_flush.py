# print(flush=...): a true value flushes the file, a false one does not;
# a file without flush() raises AttributeError only when asked to flush.
import io
import sys


class Recorder:
    def __init__(self):
        self.log = []

    def write(self, s):
        self.log.append(("write", s))

    def flush(self):
        self.log.append(("flush",))


r = Recorder()
print("a", file=r)
print("b", file=r, flush=True)
print("c", file=r, flush=0)
print("d", file=r, flush=[1])
print(r.log)


class NoFlush:
    def write(self, s):
        pass


print("x", file=NoFlush())
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError", e)

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("redirected", flush=True)
sys.stdout = old
print(repr(buf.getvalue()))
print("to stdout", flush=True)
sys.stdout.write("written\n")
print("end", flush=1)


class Bad:
    def __str__(self):
        raise ValueError("no str")


r = Recorder()
try:
    print(1, Bad(), 3, file=r, flush=True)
except ValueError as e:
    print("ValueError", e, r.log)
try:
    print("p", Bad())
except ValueError as e:
    print()
    print("ValueError", e)
print("q", "r", sep="", end="")
print()
