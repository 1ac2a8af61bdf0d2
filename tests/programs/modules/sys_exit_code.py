# sys.exit with an int status: output so far is flushed and the exit code is kept.
import sys
print("about to exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, repr(str(e)))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught raise", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
def f():
    try:
        sys.exit(3)
    finally:
        print("finally runs")
f()
print("not reached")
