"""os and os.path: directories, files, stat, errors with errno (run in a scratch folder removed at the end)."""
import os
print(os.path.join("a","b"), os.sep, os.name, os.linesep == "\n")
os.makedirs("_tmp_os_files/a/b", exist_ok=True)
os.makedirs("_tmp_os_files/a/b", exist_ok=True)
try:
    os.makedirs("_tmp_os_files/a/b")
except FileExistsError as e:
    print("FEE", e, e.errno)
try:
    os.remove("_tmp_os_files/nope")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename)
try:
    os.rename("_tmp_os_files/nope", "_tmp_os_files/x")
except OSError as e:
    print(type(e).__name__, e)
with open("_tmp_os_files/f.txt", "w") as f:
    f.write("hello\nworld\n")
st = os.stat("_tmp_os_files/f.txt")
print(st.st_size, os.path.getsize("_tmp_os_files/f.txt"), type(st.st_mtime).__name__)
print(st[6], len(st), int(st.st_mtime) == st[8], repr(st).startswith("os.stat_result(st_mode="), isinstance(st, tuple))
print(sorted(os.listdir("_tmp_os_files")))
os.replace("_tmp_os_files/f.txt", "_tmp_os_files/g.txt")
os.remove("_tmp_os_files/g.txt")
os.rmdir("_tmp_os_files/a/b"); os.rmdir("_tmp_os_files/a"); os.rmdir("_tmp_os_files")
print(os.path.exists("_tmp_os_files"), os.path.normpath("a//b/../c/."), os.path.abspath("/x/../y"))
print(len(os.urandom(8)))
print(os.environ.get("HOME") is not None)
print(os.path.split("a/b/c.txt"), os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.dirname("/a/b/"), os.path.basename("/a/b/c"), os.path.isabs("/x"), os.path.isabs("x"))
os.mkdir("_tmp_os_files2")
try:
    os.mkdir("_tmp_os_files2")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
with open("_tmp_os_files2/f", "w") as f:
    f.write("x")
try:
    os.rmdir("_tmp_os_files2")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir("_tmp_os_files2/f")
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.remove("_tmp_os_files2")
except IsADirectoryError as e:
    print(type(e).__name__, e)
print(os.path.isfile("_tmp_os_files2/f"), os.path.isdir("_tmp_os_files2/f"), os.path.isdir("_tmp_os_files2"))
os.unlink("_tmp_os_files2/f")
os.rmdir("_tmp_os_files2")
pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(os.getpid() > 0, os.strerror(2))
