"""URL parsing, joining and quoting (CPython's `urllib.parse`, in the subset).

Only str URLs are supported; bytes arguments to the split/join functions
raise NotImplementedError (quote/unquote accept bytes where CPython does).
"""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit",
           "urlunsplit", "urlencode", "parse_qs", "parse_qsl", "quote",
           "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "SplitResult", "ParseResult", "DefragResult"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file",
                 "https", "shttp", "mms", "prospero", "rtsp", "rtsps", "rtspu",
                 "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais",
               "file", "mms", "https", "shttp", "snews", "prospero", "rtsp",
               "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
               "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp",
               "rtsp", "rtsps", "rtspu", "sip", "sips", "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais",
                    "imap", "snews", "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher",
              "rtsp", "rtsps", "rtspu", "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais",
                 "https", "shttp", "snews", "file", "prospero"]

scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

_WHATWG_C0_CONTROL_OR_SPACE = "".join([chr(i) for i in range(33)])
_UNSAFE_URL_BYTES_TO_REMOVE = ["\t", "\r", "\n"]
_HEXDIG = "0123456789ABCDEFabcdef"
_ALWAYS_SAFE = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "abcdefghijklmnopqrstuvwxyz"
                "0123456789"
                "_.-~")


def _check_str(*args):
    for a in args:
        if isinstance(a, (bytes, bytearray)):
            raise NotImplementedError("urllib.parse: bytes URLs are not supported by piepie")


# -- result types ---------------------------------------------------------------

class _NetlocResultMixin:
    """hostname/port/username/password of a result with a netloc."""

    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        separator = "%"
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        userinfo, have_info, hostinfo = netloc.rpartition("@")
        if have_info:
            username, have_password, password = userinfo.partition(":")
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        _, _, hostinfo = netloc.rpartition("@")
        _, have_open_br, bracketed = hostinfo.partition("[")
        if have_open_br:
            hostname, _, port = bracketed.partition("]")
            _, _, port = port.partition(":")
        else:
            hostname, _, port = hostinfo.partition(":")
        if not port:
            port = None
        return hostname, port


def _make_result_type(name, fields, mixin, geturl):
    """A tuple subclass with named fields, like collections.namedtuple."""

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError("%s() takes %d positional arguments but %d were given"
                            % (name, len(fields) + 1, len(values) + 1))
        for field in fields[len(values):]:
            if field not in kwargs:
                raise TypeError("%s() missing required argument: '%s'" % (name, field))
            values.append(kwargs.pop(field))
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument '%s'"
                            % (name, list(kwargs)[0]))
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ["%s=%r" % (fields[i], self[i]) for i in range(len(fields))]
        return "%s(%s)" % (name, ", ".join(parts))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, self[i]) for i, f in enumerate(fields)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)

    def _asdict(self):
        return {fields[i]: self[i] for i in range(len(fields))}

    namespace = {"__new__": __new__, "__repr__": __repr__, "_replace": _replace,
                 "_asdict": _asdict, "_fields": tuple(fields), "__slots__": (),
                 "geturl": geturl}
    for index in range(len(fields)):
        namespace[fields[index]] = property(_item_getter(index))
    bases = (tuple,) if mixin is None else (tuple, mixin)
    cls = type(name, bases, namespace)
    cls.__module__ = "urllib.parse"
    return cls


def _item_getter(index):
    def get(self):
        return self[index]
    return get


def _split_geturl(self):
    return urlunsplit(self)


def _parse_geturl(self):
    return urlunparse(self)


def _defrag_geturl(self):
    if self.fragment:
        return self.url + "#" + self.fragment
    return self.url


SplitResult = _make_result_type("SplitResult", ["scheme", "netloc", "path", "query", "fragment"],
                                _NetlocResultMixin, _split_geturl)
ParseResult = _make_result_type("ParseResult",
                                ["scheme", "netloc", "path", "params", "query", "fragment"],
                                _NetlocResultMixin, _parse_geturl)
DefragResult = _make_result_type("DefragResult", ["url", "fragment"], None, _defrag_geturl)


# -- splitting and joining -------------------------------------------------------

def _splitnetloc(url, start=0):
    delim = len(url)
    for c in "/?#":
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    raise NotImplementedError("urllib.parse: non-ASCII netlocs are not supported by piepie")


def _splitparams(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    _check_str(url, scheme)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if (("[" in netloc and "]" not in netloc) or
                ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    _checknetloc(netloc)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    splitresult = urlsplit(url, scheme, allow_fragments)
    scheme, netloc, url, query, fragment = splitresult
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a URL."""
    scheme, netloc, url, query, fragment = components
    _check_str(scheme, netloc, url, query, fragment)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """Put a parsed URL back together."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute one."""
    if not base:
        return url
    if not url:
        return base
    _check_str(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved_path = []
    for seg in segments:
        if seg == "..":
            if resolved_path:
                resolved_path.pop()
        elif seg == ".":
            continue
        else:
            resolved_path.append(seg)
    if segments[-1] in (".", ".."):
        resolved_path.append("")
    return urlunparse((scheme, netloc, "/".join(resolved_path) or "/", params, query, fragment))


def urldefrag(url):
    """Remove any fragment from url; return (url without fragment, fragment)."""
    _check_str(url)
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


# -- quoting ------------------------------------------------------------------------

def quote_from_bytes(bs, safe="/"):
    """Percent-encode the bytes bs, leaving ASCII characters in safe alone."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = bytes([ord(c) for c in safe if ord(c) < 128])
    safe_set = set([ord(c) for c in _ALWAYS_SAFE]) | set(safe)
    out = []
    for b in bs:
        if b in safe_set:
            out.append(chr(b))
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode string for use in a URL (utf-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), but also replace spaces with plus signs."""
    if ((isinstance(string, str) and " " not in string) or
            (isinstance(string, (bytes, bytearray)) and 32 not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = " "
    else:
        space = b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


def unquote_to_bytes(string):
    """Decode %XX escapes in string to bytes."""
    if isinstance(string, str):
        string = string.encode("utf-8")
    data = bytes(string)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 37 and i + 2 < n and _is_hex_byte(data[i + 1]) and _is_hex_byte(data[i + 2]):
            out.append(int(chr(data[i + 1]) + chr(data[i + 2]), 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def _is_hex_byte(b):
    return chr(b) in _HEXDIG


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %XX escapes by their single-character equivalent (utf-8)."""
    if isinstance(string, (bytes, bytearray)):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    out = []
    pending = bytearray()
    i = 0
    n = len(string)
    while i < n:
        c = string[i]
        if c == "%" and i + 2 < n and string[i + 1] in _HEXDIG and string[i + 2] in _HEXDIG:
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = bytearray()
        out.append(c)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), but also replace plus signs by spaces."""
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


# -- query strings ------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding="utf-8", errors="replace", max_num_fields=None, separator="&"):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    as_bytes = isinstance(qs, (bytes, bytearray))
    if as_bytes:
        qs = bytes(qs).decode("ascii")
        if isinstance(separator, bytes):
            separator = separator.decode("ascii")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError("Max number of fields exceeded")
    r = []
    if not qs:
        return r
    for name_value in qs.split(separator):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding, errors)
            value = unquote(nv[1].replace("+", " "), encoding, errors)
            if as_bytes:
                name = name.encode("ascii")
                value = value.encode("ascii")
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding="utf-8", errors="replace", max_num_fields=None, separator="&"):
    """Parse a query string into a dict of name -> list of values."""
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                      max_num_fields, separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object")
    parts = []
    for k, v in query:
        if isinstance(k, (bytes, bytearray)):
            k = quote_via(k, safe)
        else:
            k = quote_via(str(k), safe, encoding, errors)
        if not doseq:
            if isinstance(v, (bytes, bytearray)):
                v = quote_via(v, safe)
            else:
                v = quote_via(str(v), safe, encoding, errors)
            parts.append(k + "=" + v)
        elif isinstance(v, str):
            parts.append(k + "=" + quote_via(v, safe, encoding, errors))
        elif isinstance(v, (bytes, bytearray)):
            parts.append(k + "=" + quote_via(v, safe))
        else:
            try:
                len(v)
            except TypeError:
                parts.append(k + "=" + quote_via(str(v), safe, encoding, errors))
            else:
                for elt in v:
                    if isinstance(elt, (bytes, bytearray)):
                        elt = quote_via(elt, safe)
                    else:
                        elt = quote_via(str(elt), safe, encoding, errors)
                    parts.append(k + "=" + elt)
    return "&".join(parts)
