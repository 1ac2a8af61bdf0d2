"""os.scandir, os.DirEntry and os.walk, written in the subset over the
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
