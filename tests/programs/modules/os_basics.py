# os: getcwd, environ, sep, mkdir/listdir/remove on a private temp dir.
import os
cwd = os.getcwd()
print(type(cwd).__name__, len(cwd) > 0, os.path.isabs(cwd), os.path.isdir(cwd))
print(os.environ.get("PIEPIE_SURELY_UNSET_VAR"), os.environ.get("PIEPIE_SURELY_UNSET_VAR", "fallback"), "PIEPIE_SURELY_UNSET_VAR" in os.environ)
print(type(os.environ.get("PATH", "")).__name__)
try:
    os.environ["PIEPIE_SURELY_UNSET_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
print(os.sep, os.name)
d = "/tmp/piepie_modules_os_basics_dir"
if os.path.exists(d):
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
os.mkdir(d)
print(os.path.isdir(d), os.listdir(d))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)))
os.remove(os.path.join(d, "c.log"))
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
try:
    os.remove(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)
