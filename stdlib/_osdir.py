"""os.scandir, os.DirEntry, os.walk, os.environ and os.path.relpath/commonprefix/expanduser/normcase/realpath/lexists, written in the subset over the
native os primitives (listdir, stat, lstat, path.islink). The native os
module copies these three names into itself when it is created."""
import os

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


class DirEntry:
    """One entry of a directory listing, as os.scandir yields it."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = os.path.join(dirpath, name)

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def _mode(self, follow_symlinks):
        try:
            if follow_symlinks:
                return os.stat(self.path).st_mode
            return os.lstat(self.path).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & _S_IFMT == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & _S_IFMT == _S_IFREG

    def is_symlink(self):
        return os.path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(self.path)
        return os.lstat(self.path)

    def inode(self):
        return os.lstat(self.path).st_ino


class _ScandirIterator:
    """The iterator os.scandir returns; also a context manager."""

    def __init__(self, path, names):
        self._path = path
        self._names = names
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._names):
            raise StopIteration
        name = self._names[self._pos]
        self._pos += 1
        return DirEntry(self._path, name)

    def close(self):
        self._pos = len(self._names)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    """Return an iterator of DirEntry objects for the entries of path."""
    if hasattr(path, "__fspath__"):
        path = path.__fspath__()
    return _ScandirIterator(path, os.listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator yielding (dirpath, dirnames, filenames)."""
    if hasattr(top, "__fspath__"):
        top = top.__fspath__()
    dirs = []
    nondirs = []
    below = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    below.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = os.path.join(top, name)
            if followlinks or not os.path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in below:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# -- os.environ: a dict that keeps the process environment in step --------

def _check_env_str(v):
    if not isinstance(v, str):
        raise TypeError("str expected, not %s" % type(v).__name__)
    return v


class _Environ(dict):
    """os.environ: str keys and values; setting or deleting an item also
    calls putenv/unsetenv, so forked children see it."""

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        _check_env_str(key)
        dict.__delitem__(self, key)
        os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        return dict.pop(self, key, *default)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwargs):
        for k, v in dict(other, **kwargs).items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)


environ = _Environ(os.environ)


# -- os.path helpers written in the subset ---------------------------------

def commonprefix(m):
    """The longest common leading string of the list of paths (character-wise)."""
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = "."
    start_list = [x for x in os.path.abspath(start).split("/") if x]
    path_list = [x for x in os.path.abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return os.path.join(*rel_list)


def expanduser(path):
    """Replace a leading ~ (the user's home from $HOME) in path."""
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user needs the password database, which piepie does not read.
        return path
    home = os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def normcase(s):
    """On POSIX, the path unchanged."""
    if not isinstance(s, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(s).__name__)
    return s


def lexists(path):
    """Whether path exists, a broken symbolic link included."""
    try:
        os.lstat(path)
    except OSError:
        return False
    except ValueError:
        return False
    return True


def realpath(filename, *, strict=False):
    """The canonical path of filename, symbolic links resolved (as far as
    they exist unless strict, as CPython's posixpath.realpath)."""
    path, ok = _joinrealpath("", filename, strict, {})
    return os.path.abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if rest.startswith("/"):
        rest = rest[1:]
        path = "/"
    while rest:
        name, _, rest = rest.partition("/")
        if not name or name == ".":
            continue
        if name == "..":
            if path:
                path, name = os.path.split(path)
                if name == "..":
                    path = os.path.join(path, "..", "..")
            else:
                path = ".."
            continue
        newpath = os.path.join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st.st_mode & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            else:
                return os.path.join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, os.readlink(newpath), strict, seen)
        if not ok:
            return os.path.join(path, rest), False
        seen[newpath] = path
    return path, True
