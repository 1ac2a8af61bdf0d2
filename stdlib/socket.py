"""socket: the socket class, makefile() streams and helpers, on top of the
native `_socket` module (system calls on raw file descriptors)."""

import _socket
from _socket import (AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM,
                     SOL_SOCKET, SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE,
                     SO_ERROR, SO_RCVBUF, SO_SNDBUF, SO_TYPE, IPPROTO_TCP,
                     IPPROTO_UDP, TCP_NODELAY, SHUT_RD, SHUT_WR, SHUT_RDWR,
                     MSG_PEEK, MSG_DONTWAIT, SOMAXCONN, gethostname)

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = "socket"
gaierror.__module__ = "socket"


def _resolving(f, *args):
    """Call a native function that may resolve a host name; its lookup
    failure is socket.gaierror, as in CPython."""
    try:
        return f(*args)
    except OSError as e:
        if type(e) is OSError and str(e).startswith("[Errno -2]"):
            raise gaierror(-2, "Name or service not known") from None
        raise


def gethostbyname(host):
    return _resolving(_socket.gethostbyname, host)


def inet_aton(ip_string):
    """Dotted-quad IPv4 text to 4 packed bytes."""
    if not isinstance(ip_string, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s" % type(ip_string).__name__)
    parts = ip_string.split(".")
    ok = 1 <= len(parts) <= 4 and all(p.isdigit() and p.isascii() for p in parts)
    if ok:
        nums = [int(p) for p in parts]
        last_max = 256 ** (5 - len(parts))
        ok = all(n < 256 for n in nums[:-1]) and nums[-1] < last_max
    if not ok:
        raise OSError("illegal IP address string passed to inet_aton")
    value = 0
    for n in nums[:-1]:
        value = value * 256 + n
    value = value * (256 ** (5 - len(parts))) + nums[-1]
    return value.to_bytes(4, "big")


def inet_ntoa(packed_ip):
    """4 packed bytes to dotted-quad IPv4 text."""
    if not isinstance(packed_ip, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(packed_ip).__name__)
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % (packed_ip[0], packed_ip[1], packed_ip[2], packed_ip[3])


def _swap16(x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("htons: can't convert negative Python int to C 16-bit unsigned integer")
    if x > 0xFFFF:
        raise OverflowError("htons: Python int too large to convert to C 16-bit unsigned integer")
    return ((x & 0xFF) << 8) | (x >> 8)


def _swap32(x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, "little"), "big")


def htons(x):
    return _swap16(x)


def ntohs(x):
    return _swap16(x)


def htonl(x):
    return _swap32(x)


def ntohl(x):
    return _swap32(x)

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    value = float(value)
    if value < 0.0:
        raise ValueError("Timeout value out of range")
    return value


def setdefaulttimeout(value):
    global _default_timeout
    _default_timeout = _check_timeout(value)


class socket:
    """A network socket (IPv4 stream or datagram, or one end of a socketpair)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if fileno is None:
            fileno = _socket.socket(family, type, proto)
        self.family = family
        self.type = type
        self.proto = proto
        self._fd = fileno
        self._io_refs = 0
        self._closed = False
        self._timeout = None
        if _default_timeout is not None:
            self.settimeout(_default_timeout)

    def __repr__(self):
        s = "<socket.socket %sfd=%d, family=%d, type=%d, proto=%d" % (
            "[closed] " if self._closed else "", self._fd, self.family, self.type, self.proto)
        if self._fd >= 0:
            try:
                s = s + ", laddr=%r" % (self.getsockname(),)
            except OSError:
                pass
            try:
                s = s + ", raddr=%r" % (self.getpeername(),)
            except OSError:
                pass
        return s + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        self._closed = True
        return fd

    def _real_close(self):
        fd = self._fd
        self._fd = -1
        if fd >= 0:
            _socket.close(fd)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def bind(self, address):
        host, port = _address(address)
        _resolving(_socket.bind, self._fd, host, port)

    def listen(self, backlog=128):
        _socket.listen(self._fd, min(backlog, SOMAXCONN))

    def accept(self):
        fd, addr = _socket.accept(self._fd, self._timeout)
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if _default_timeout is None and self._timeout is not None:
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        host, port = _address(address)
        _resolving(_socket.connect, self._fd, host, port, self._timeout, False)

    def connect_ex(self, address):
        host, port = _address(address)
        return _resolving(_socket.connect, self._fd, host, port, self._timeout, True)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._fd, bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        return _socket.recv_into(self._fd, buffer, nbytes, flags, self._timeout)

    def send(self, data, flags=0):
        return _socket.send(self._fd, data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        host, port = _address(address)
        return _resolving(_socket.sendto, self._fd, data, flags, host, port, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._fd, bufsize, flags, self._timeout)

    def shutdown(self, how):
        _socket.shutdown(self._fd, how)

    def setsockopt(self, level, optname, value):
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname):
        return _socket.getsockopt(self._fd, level, optname)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def settimeout(self, value):
        value = _check_timeout(value)
        self._timeout = value
        _socket.set_nonblocking(self._fd, value is not None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        if flag:
            self.settimeout(None)
        else:
            self.settimeout(0.0)

    def getblocking(self):
        return self._timeout != 0.0

    @property
    def timeout(self):
        return self._timeout

    def makefile(self, mode="r", buffering=None, encoding=None, errors=None,
                 newline=None):
        for c in mode:
            if c not in "rwb":
                raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return SocketFile(self, mode, buffering == 0)


class SocketFile:
    """The stream returned by socket.makefile(): buffered reads (read,
    readline, iteration) and writes sent on flush() and close() (at once
    with buffering=0)."""

    def __init__(self, sock, mode, unbuffered=False):
        self._sock = sock
        self._unbuffered = unbuffered
        self.mode = mode
        self._binary = "b" in mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._rbuf = b""
        self._wbuf = []
        self._eof = False
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _out(self, data):
        if self._binary:
            return data
        return data.decode("utf-8")

    def _fill(self):
        if self._eof:
            return False
        chunk = self._sock.recv(8192)
        if not chunk:
            self._eof = True
            return False
        self._rbuf = self._rbuf + chunk
        return True

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill():
                pass
            data = self._rbuf
            self._rbuf = b""
            return self._out(data)
        while len(self._rbuf) < size and self._fill():
            pass
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return self._out(data)

    def read1(self, size=-1):
        self._check()
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check()
        while True:
            i = _socket.find(self._rbuf, b"\n")
            if i >= 0:
                end = i + 1
                break
            if size is not None and size >= 0 and len(self._rbuf) >= size:
                end = size
                break
            if not self._fill():
                end = len(self._rbuf)
                break
        if size is not None and size >= 0 and end > size:
            end = size
        data = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return self._out(data)

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def write(self, data):
        self._check()
        if not self._writing:
            raise OSError("File not open for writing")
        if self._binary:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__)
            self._wbuf.append(bytes(data))
        else:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s"
                                % type(data).__name__)
            self._wbuf.append(data.encode("utf-8"))
        if self._unbuffered:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        if self._wbuf:
            data = b""
            for part in self._wbuf:
                data = data + part
            self._wbuf = []
            self._sock.sendall(data)

    def close(self):
        if self.closed:
            return
        try:
            if self._writing and self._wbuf:
                self.flush()
        finally:
            self.closed = True
            self._sock._decref_socketios()


def _address(address):
    if not isinstance(address, tuple):
        raise TypeError("AF_INET address must be tuple, not %s"
                        % type(address).__name__)
    if len(address) != 2:
        raise TypeError("AF_INET address must be a pair (host, port)")
    host, port = address
    if not isinstance(host, str):
        raise TypeError("str, bytes or bytearray expected, not %s"
                        % type(host).__name__)
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(port).__name__)
    if port < 0 or port > 65535:
        raise OverflowError("connect(): port must be 0-65535.")
    return host, port


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(type)
    return socket(AF_UNIX, type, 0, fileno=a), socket(AF_UNIX, type, 0, fileno=b)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None):
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect(address)
    except BaseException:
        sock.close()
        raise
    return sock


def create_server(address, family=AF_INET, backlog=None, reuse_port=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is None:
        host = "127.0.0.1"
    ip = gethostbyname(host)
    if type == 0:
        types = [SOCK_STREAM, SOCK_DGRAM]
    else:
        types = [type]
    out = []
    for t in types:
        p = IPPROTO_TCP if t == SOCK_STREAM else IPPROTO_UDP
        out.append((AF_INET, t, p, "", (ip, port)))
    return out
