"""open(): text and binary modes, read/readline/seek/tell/writelines, errors."""
import os
os.makedirs("_tmp_file_io", exist_ok=True)
p = os.path.join("_tmp_file_io", "a.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("héllo\nwörld\r\nthird"), f.tell())
    f.writelines(["x\n", "y\n"])
    print(repr(f)[:30], f.name, f.mode, f.closed)
print(f.closed)
with open(p) as f:
    print(repr(f.read(3)), repr(f.readline()), f.readlines())
with open(p, "rb") as f:
    data = f.read()
    print(data, f.tell())
    f.seek(2)
    print(f.read(4), f.tell())
    f.seek(-3, 2)
    print(f.read())
    print(repr(f))
with open(p, "a") as f:
    f.write("appended\n")
for i, line in enumerate(open(p)):
    print(i, repr(line))
with open(p, "r+") as f:
    f.write("H")
    f.seek(0)
    print(repr(f.readline()))
try:
    open(p, "x")
except FileExistsError as e:
    print("x:", e)
with open(os.path.join("_tmp_file_io", "b.bin"), "xb") as f:
    f.write(bytes(range(5)))
    f.write(bytearray(b"zz"))
with open(os.path.join("_tmp_file_io", "b.bin"), "rb") as f:
    print(f.read(), f.read())
try:
    open("_tmp_file_io/nope.txt")
except FileNotFoundError as e:
    print(e)
try:
    open("_tmp_file_io")
except IsADirectoryError as e:
    print(e)
try:
    open(p, "rw")
except ValueError as e:
    print(e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open(p, "w") as f:
    try:
        f.read()
    except OSError as e:
        print("unsupported", e)
    try:
        f.write(b"x")
    except TypeError as e:
        print(e)
for n in sorted(os.listdir("_tmp_file_io")):
    os.remove(os.path.join("_tmp_file_io", n))
os.rmdir("_tmp_file_io")
print(os.path.exists("_tmp_file_io"))
