# open(): write then read a temp file, modes, iteration, context manager.
import os
path = "/tmp/piepie_builtins_open_test.txt"
with open(path, "w") as f:
    n = f.write("line one\n")
    f.write("line two\nline three")
    print(n, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.write("\nappended é")
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data[-3:], len(data))
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read())
f = open(path, "w")
print(f.write("x" * 5), f.write(""))
f.close()
print(open(path).read(), os.path.exists(path))
try:
    f.write("more")
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    print("via print", 42, file=f)
    print("second", end="!", file=f)
print(repr(open(path).read()))
with open(path) as f:
    print(f.read(3), f.read(3), repr(f.read(100)), repr(f.read()))
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(path, "rq")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e)
print(issubclass(FileNotFoundError, OSError))
