# os.path: join, basename, dirname, split, splitext, exists, isfile, isdir.
import os
import os.path
print(os.path.join("a", "b", "c"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
for p in ["/usr/lib/python3.11/os.py", "file.txt", "/", "dir/", "a/b/", "", "no_ext", ".bashrc", "archive.tar.gz", "/a/b.c/d", "./rel/x.py", "a//b"]:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.split(p), os.path.splitext(p))
print(os.path.exists("/"), os.path.exists("/definitely/not/here"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.isabs("/x"), os.path.isabs("x"))
path = "/tmp/piepie_modules_os_path_test.txt"
with open(path, "w") as f:
    f.write("data")
print(os.path.exists(path), os.path.isfile(path), os.path.isdir(path), os.path.getsize(path))
os.remove(path)
print(os.path.exists(path))
print(os.path.normpath("a/./b/../c"), os.path.normpath("/x//y/"), os.sep, os.path.sep)
print(os.path.splitext(".hidden.txt"), os.path.splitext("a.b/c"), os.path.basename(os.path.join("x", "y.z")))
