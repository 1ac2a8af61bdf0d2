# os file-descriptor functions: open/read/write/lseek/close on a file, pipe,
# dup/dup2, isatty, fsync, and their errors.
import os

folder = "os_fd_functions_tmp_%d" % os.getpid()
os.makedirs(folder, exist_ok=True)
path = os.path.join(folder, "data.bin")

fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello "), os.write(fd, bytearray(b"world")))
os.fsync(fd)
os.close(fd)

fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_CUR))
copy = os.dup(fd)
print(copy != fd, os.lseek(copy, 1, os.SEEK_SET), os.read(fd, 4))
os.close(copy)
os.close(fd)

r, w = os.pipe()
print(os.isatty(r), os.write(w, b"through the pipe"))
print(os.read(r, 7), os.read(r, 100))
w2 = os.dup2(w, w + 10)
print(w2 == w + 10, os.write(w2, b"x"), os.read(r, 1))
os.close(w2)
os.close(w)
print(os.read(r, 10))
os.close(r)

try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.open(os.path.join(folder, "missing.txt"), os.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(folder, "missing.txt"))
try:
    os.read(0, -1)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError:", e)
try:
    os.lseek(9999, 0, 0)
except OSError as e:
    print(type(e).__name__, e.errno)

os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))
