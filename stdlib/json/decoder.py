"""JSON decoding for `json` (CPython's `json.decoder`, in the subset).

A hand-written scanner with the same error messages and positions as
CPython's C scanner.
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
            "n": "\n", "r": "\r", "t": "\t"}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error.

    msg: the unformatted error message; doc: the JSON document being parsed;
    pos: the start index of doc where parsing failed; lineno, colno: the
    line and column corresponding to pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"),
              "NaN": float("nan")}


def _parse_constant(name):
    return _CONSTANTS[name]


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner:
    """One parse of one document with a decoder's hooks."""

    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        """Parse the value at index i; return (value, end)."""
        s = self.s
        if i >= self.n:
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        if c == "-" or c in _DIGITS:
            return self.number(i)
        raise JSONDecodeError("Expecting value", s, i)

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if s[i] == "-":
            i += 1
            if i >= n or s[i] not in _DIGITS:
                raise JSONDecodeError("Expecting value", s, start)
        if s[i] == "0":
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                is_float = True
                i = j
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, begin):
        """Parse a string whose opening quote is at begin - 1."""
        s = self.s
        n = self.n
        chunks = []
        i = begin
        quote = -1
        while True:
            # The next quote or backslash ends the run of plain characters;
            # str.find scans for them instead of a loop per character.
            if quote < i:
                quote = s.find('"', i)
                if quote < 0:
                    quote = n
            j = s.find("\\", i, quote)
            if j < 0:
                j = quote
            if j > i:
                chunk = s[i:j]
                if self.strict and not chunk.isprintable():
                    # Maybe a control character (or only another unprintable).
                    k = i
                    while k < j and s[k] >= " ":
                        k += 1
                    if k < j:
                        raise JSONDecodeError("Invalid control character at", s, k)
                chunks.append(chunk)
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin - 1)
            if j == quote:
                return "".join(chunks), j + 1
            j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin - 1)
            esc = s[j]
            if esc != "u":
                ch = _ESCAPES.get(esc)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, j - 1)
                chunks.append(ch)
                i = j + 1
                continue
            uni = self._hex4(j + 1, j - 1)
            i = j + 5
            if 0xD800 <= uni <= 0xDBFF and s.startswith("\\u", i):
                uni2 = self._hex4(i + 2, i)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    i += 6
            if 0xD800 <= uni <= 0xDFFF:
                raise NotImplementedError(
                    "json: the lone surrogate \\u%04x cannot be held in a piepie str" % uni)
            chunks.append(chr(uni))

    def _hex4(self, i, backslash):
        s = self.s
        if i + 4 > self.n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, backslash + 1)
        text = s[i:i + 4]
        for c in text:
            if c not in _HEX:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, backslash + 1)
        return int(text, 16)

    def object(self, i):
        s = self.s
        n = self.n
        memo = self.memo
        # Without object_pairs_hook the pairs go straight into a dict (a
        # repeated key keeps its last value, as dict(pairs) would).
        pairs = [] if self.object_pairs_hook is not None else None
        result = {}
        i = _skip_ws(s, i, n)
        if i < n and s[i] == "}":
            return self._finish_object(pairs, result), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            key = memo.setdefault(key, key)
            if i >= n or s[i] != ":":
                i = _skip_ws(s, i, n)
                if i >= n or s[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i += 1
            if i < n and s[i] in _WS:
                i = _skip_ws(s, i + 1, n)
            if i < n and s[i] == '"':
                value, i = self.string(i + 1)
            else:
                value, i = self.value(i)
            if pairs is None:
                result[key] = value
            else:
                pairs.append((key, value))
            if i < n and s[i] in _WS:
                i = _skip_ws(s, i + 1, n)
            if i < n and s[i] == "}":
                return self._finish_object(pairs, result), i + 1
            if i >= n or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            if i < n and s[i] in _WS:
                i = _skip_ws(s, i + 1, n)

    def _finish_object(self, pairs, result):
        if pairs is not None:
            return self.object_pairs_hook(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        n = self.n
        values = []
        i = _skip_ws(s, i, n)
        if i < n and s[i] == "]":
            return values, i + 1
        while True:
            if i < n and s[i] == '"':
                value, i = self.string(i + 1)
            else:
                value, i = self.value(i)
            values.append(value)
            if i < n and s[i] in _WS:
                i = _skip_ws(s, i + 1, n)
            if i < n and s[i] == "]":
                return values, i + 1
            if i >= n or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            if i < n and s[i] in _WS:
                i = _skip_ws(s, i + 1, n)


class JSONDecoder:
    """Simple JSON decoder (RFC 7159), with CPython's hooks and options."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of the JSON document s."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; return (obj, end)."""
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        return _Scanner(self, s).value(idx)
