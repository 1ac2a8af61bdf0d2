"""Conversions between binary data and ASCII (the parts of CPython's
`binascii` that base64 needs: base64 and hex codecs, crc32), in the subset."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = {}
for _i, _c in enumerate(_B64):
    _B64REV[_c] = _i
del _i, _c


def _bytes_arg(data, what="a bytes-like object is required, not '%s'"):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError(what % type(data).__name__)


def _ascii_arg(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_arg(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out += b'=='
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out += b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii_arg(data)
    out = bytearray()
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict_mode and n > 0 and data[0] == 61:
        raise Error("Leading padding not allowed")
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            i += 1
            continue
        v = _B64REV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xff)
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xff)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xff)
            leftchar = 0
        i += 1
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


_HEXDIGITS = '0123456789abcdef'


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_arg(data)
    s = ''.join(_HEXDIGITS[b >> 4] + _HEXDIGITS[b & 15] for b in data)
    if sep is not None and data:
        if isinstance(sep, str):
            sep = sep
        else:
            sep = bytes(sep).decode('ascii')
        step = 2 * abs(bytes_per_sep)
        if bytes_per_sep < 0:
            parts = [s[k:k + step] for k in range(0, len(s), step)]
        else:
            first = len(s) % step
            parts = ([s[:first]] if first else []) + [s[k:k + step] for k in range(first, len(s), step)]
        s = sep.join(parts)
    return s.encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    hexstr = _ascii_arg(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        hi = _hexval(hexstr[i])
        lo = _hexval(hexstr[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


_crc_table = None


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    global _crc_table
    data = _bytes_arg(data)
    if _crc_table is None:
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c >>= 1
            table.append(c)
        _crc_table = table
    crc = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        crc = _crc_table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
