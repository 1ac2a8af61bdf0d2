"""JSON encoding for `json` (CPython's `json.encoder`, in the subset)."""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f",
               "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), "\\u%04x" % _i)
del _i


def py_encode_basestring(s):
    """JSON string literal for s, non-ASCII characters kept as they are."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        # Nothing to escape (a printable string has no control characters).
        return '"' + s + '"'
    get = _ESCAPE_DCT.get
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        rep = get(s[i])
        if rep is not None:
            if i > start:
                out.append(s[start:i])
            out.append(rep)
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return "".join(out)


def py_encode_basestring_ascii(s):
    """JSON string literal for s using only ASCII (\\uXXXX escapes)."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    get = _ESCAPE_DCT.get
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        rep = get(c)
        if rep is None and c > "~":
            code = ord(c)
            if code < 0x10000:
                rep = "\\u%04x" % code
            else:
                code -= 0x10000
                rep = "\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))
        if rep is not None:
            if i > start:
                out.append(s[start:i])
            out.append(rep)
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return "".join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return a serializable object for o (or raise)."""
        raise TypeError("Object of type %s is not JSON serializable"
                        % o.__class__.__name__)

    def encode(self, o):
        """Return the JSON string for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text in chunks."""
        out = []
        _Encoding(self, out).encode(o, 0)
        return iter(out)


class _Encoding:
    """One run of an encoder over one object, appending text to out."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.encode_str = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def floatstr(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return repr(float(o))
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def encode(self, o, level):
        out = self.out
        if type(o) is str:
            out.append(self.encode_str(o))
        elif isinstance(o, str):
            out.append(self.encode_str(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            marker = self.enter(o)
            self.encode(self.enc.default(o), level)
            self.leave(marker)

    def enter(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def newline(self, level):
        return "\n" + self.indent * level

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append("[]")
            return
        marker = self.enter(lst)
        out.append("[")
        if self.indent is not None:
            level += 1
            sep = self.enc.item_separator + self.newline(level)
            out.append(self.newline(level))
        else:
            sep = self.enc.item_separator
        first = True
        encode_str = self.encode_str
        for value in lst:
            if first:
                first = False
            else:
                out.append(sep)
            # Exact str and int inline; everything else through encode().
            t = type(value)
            if t is str:
                out.append(encode_str(value))
            elif t is int:
                out.append(repr(value))
            else:
                self.encode(value, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append("]")
        self.leave(marker)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return repr(int(key))
        if self.enc.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s"
                        % key.__class__.__name__)

    def encode_dict(self, dct, level):
        out = self.out
        if not dct:
            out.append("{}")
            return
        marker = self.enter(dct)
        out.append("{")
        if self.indent is not None:
            level += 1
            sep = self.enc.item_separator + self.newline(level)
            out.append(self.newline(level))
        else:
            sep = self.enc.item_separator
        items = list(dct.items())
        if self.enc.sort_keys:
            items.sort()
        first = True
        encode_str = self.encode_str
        key_separator = self.enc.key_separator
        for key, value in items:
            if type(key) is not str:
                key = self.key_text(key)
                if key is None:
                    continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(encode_str(key))
            out.append(key_separator)
            t = type(value)
            if t is str:
                out.append(encode_str(value))
            elif t is int:
                out.append(repr(value))
            else:
                self.encode(value, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append("}")
        self.leave(marker)
