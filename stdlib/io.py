"""In-memory streams (CPython's `io.StringIO` and `io.BytesIO`, in the subset).

`open` is the built-in one; the other classes of CPython's `io` are not provided."""

__all__ = ["StringIO", "BytesIO", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "UnsupportedOperation", "open"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class _MemoryIO:
    """Shared behaviour of StringIO and BytesIO: position, closing, lines."""

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._CLOSED_MSG)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def tell(self):
        self._check_closed()
        return self._pos

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_closed()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        return size

    def read(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        if size < 0:
            end = len(buf)
        else:
            end = min(start + size, len(buf))
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        end = self._line_end(buf, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def getvalue(self):
        self._check_closed()
        return self._buf


    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def _write(self, s):
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._ZERO * (pos - len(buf))
        if pos == len(buf):
            buf = buf + s
        else:
            buf = buf[:pos] + s + buf[pos + n:]
        self._buf = buf
        self._pos = pos + n
        return n


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""
    __piepie_tp_name__ = "_io.StringIO"

    _ZERO = '\0'
    _CLOSED_MSG = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ''
        self._pos = 0
        if initial_value:
            self._write(self._translate(initial_value))
            self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl == '\r' or nl == '\r\n':
            return s.replace('\n', nl)
        return s

    def _line_end(self, buf, start):
        # The index just past the next line ending at or after start.
        nl = self._newline
        if nl == '':
            n = len(buf)
            i = start
            while i < n:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        if nl is None:
            nl = '\n'
        k = buf.find(nl, start)
        return len(buf) if k < 0 else k + len(nl)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        length = len(s)
        self._write(self._translate(s))
        return length

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    __piepie_tp_name__ = "_io.BytesIO"

    _ZERO = b'\0'
    _CLOSED_MSG = "I/O operation on closed file."

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = b''
        self._pos = 0
        if initial_bytes is not None:
            if not isinstance(initial_bytes, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(initial_bytes).__name__)
            self._buf = bytes(initial_bytes)

    def write(self, b):
        self._check_closed()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(bytes(b))

    def _line_end(self, buf, start):
        end = start
        n = len(buf)
        while end < n and buf[end] != 10:
            end += 1
        return end + 1 if end < n else n

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        raise NotImplementedError("io.BytesIO.getbuffer: memoryview is not supported by piepie")

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos
