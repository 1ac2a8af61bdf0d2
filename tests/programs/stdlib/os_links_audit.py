"""os.symlink/readlink, os.path.realpath/lexists/islink over real links in a scratch folder."""
import os

D = "_tmp_os_links_audit"


def t(label, f):
    try:
        r = f()
        if isinstance(r, str):
            r = r.replace(os.getcwd(), "<cwd>")
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(os.getcwd(), "<cwd>"))


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
        for name in files + links:
            os.remove(os.path.join(root, name))
        for name in dirs:
            if name not in links:
                os.rmdir(os.path.join(root, name))
    os.rmdir(top)


if os.path.lexists(D):
    rmtree(D)
os.makedirs(D + "/real/sub")
open(D + "/real/sub/f.txt", "w").write("x")
os.symlink("real", D + "/link")
os.symlink("sub/f.txt", D + "/real/flink")
os.symlink("nowhere", D + "/broken")
os.symlink("loop2", D + "/loop1")
os.symlink("loop1", D + "/loop2")
t("readlink", lambda: (os.readlink(D + "/link"), os.readlink(D + "/broken")))
t("readlink not link", lambda: os.readlink(D + "/real"))
t("readlink missing", lambda: os.readlink(D + "/zzz"))
t("symlink exists", lambda: os.symlink("x", D + "/link"))
t("islink", lambda: (os.path.islink(D + "/link"), os.path.islink(D + "/real"), os.path.islink(D + "/broken")))
t("exists vs lexists", lambda: (os.path.exists(D + "/broken"), os.path.lexists(D + "/broken"), os.path.lexists(D + "/zzz")))
t("realpath dir link", lambda: os.path.realpath(D + "/link/sub"))
t("realpath file link", lambda: os.path.realpath(D + "/link/flink"))
t("realpath broken", lambda: os.path.realpath(D + "/broken"))
t("realpath loop", lambda: os.path.realpath(D + "/loop1"))
t("realpath dots", lambda: os.path.realpath(D + "/link/../real/./sub/"))
t("realpath abs", lambda: os.path.realpath("/usr/../etc/."))
t("realpath strict missing", lambda: os.path.realpath(D + "/nope", strict=True))
t("isdir through link", lambda: (os.path.isdir(D + "/link"), os.path.isfile(D + "/real/flink"), open(D + "/link/flink").read()))
t("listdir", lambda: sorted(os.listdir(D)))
rmtree(D)
print("cleaned", os.path.lexists(D))
