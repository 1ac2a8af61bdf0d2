"""os.scandir / DirEntry / os.walk / lstat / path.islink over a temporary tree."""
import os

base = "osdir_tmp_tree"


def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(p)


if os.path.exists(base):
    rmtree(base)
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "c"))
for rel, text in [("top.txt", "x"), ("a/one.py", "print(1)\n"), ("a/b/deep.txt", "deep"), ("c/empty.md", "")]:
    with open(os.path.join(base, rel), "w") as f:
        f.write(text)

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-")
    print(os.fspath(e) if hasattr(os, "fspath") else e.__fspath__())
print(sorted(e.name for e in os.scandir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
print("bottom-up")
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))
print("prune")
for root, dirs, files in os.walk(base):
    if "a" in dirs:
        dirs.remove("a")
    print(root, sorted(dirs), sorted(files))
errors = []
print(list(os.walk("osdir_no_such_dir", onerror=errors.append)), [type(e).__name__ for e in errors])
try:
    os.scandir("osdir_no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(os.lstat(os.path.join(base, "top.txt")).st_size, os.path.islink(base), os.path.islink("nope"))
rmtree(base)
print(os.path.exists(base))
