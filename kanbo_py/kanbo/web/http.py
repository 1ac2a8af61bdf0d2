"""HTTP/1.1 messages: parsing a request head (with size limits), the
Request and Response objects the application sees, and serialising a
response. No I/O here: the server feeds bytes in and writes bytes out."""

import json
import urllib.parse

REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    413: "Content Too Large",
    414: "URI Too Long",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
    505: "HTTP Version Not Supported",
}

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class HttpError(Exception):
    """A request the server answers with `status` without calling the
    application (bad syntax, too large, unsupported). `close` asks the
    server to close the connection afterwards."""

    def __init__(self, status, message, close=True):
        Exception.__init__(self, message)
        self.status = status
        self.message = message
        self.close = close


class Limits:
    """Size limits and timeouts of the server."""

    def __init__(
        self,
        max_head=16384,
        max_body=1048576,
        max_target=4096,
        header_timeout=10.0,
        idle_timeout=15.0,
        max_connections=500,
    ):
        # select() handles descriptors below 1024: beyond max_connections
        # new connections wait in the listen backlog.
        self.max_connections = max_connections
        self.max_head = max_head
        self.max_body = max_body
        self.max_target = max_target
        self.header_timeout = header_timeout
        self.idle_timeout = idle_timeout


def parse_query(text):
    """{name: [values]} of a query string or urlencoded form. Percent
    escapes that are not UTF-8 raise UnicodeDecodeError (a 400 for the
    caller) rather than turning into U+FFFD."""
    result = {}
    for name, value in urllib.parse.parse_qsl(text, keep_blank_values=True, errors="strict"):
        result.setdefault(name, []).append(value)
    return result


def check_text(data):
    """Raises HttpError 400 if decoded JSON `data` holds a string that is
    not valid Unicode text (a lone surrogate such as "\\ud800", which
    SQLite and UTF-8 output cannot take). Iterative: nesting depth is
    bounded only by the decoder."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise HttpError(400, "the body holds text that is not valid Unicode", close=False)
        elif isinstance(value, dict):
            for key, item in value.items():
                stack.append(key)
                stack.append(item)
        elif isinstance(value, list):
            stack.extend(value)


def parse_cookies(header):
    cookies = {}
    for part in header.split(";"):
        if "=" in part:
            name, value = part.split("=", 1)
            cookies[name.strip()] = value.strip()
    return cookies


class Request:
    """One parsed request. `headers` maps lowercased names to values (repeated
    headers joined by ", "); `body` is bytes."""

    def __init__(self, method, target, version, headers):
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        path, _, query = target.partition("?")
        self.raw_path = path
        try:
            self.path = urllib.parse.unquote(path, errors="strict")
            self.query = parse_query(query)
        except UnicodeDecodeError:
            raise HttpError(400, "the request target is not UTF-8")
        self.query_string = query
        self.body = b""
        self.cookies = parse_cookies(headers.get("cookie", ""))
        self._form = None
        self._json = None
        self.remote = None
        # set by the application
        self.user = None
        self.session = None

    def content_length(self):
        text = self.headers.get("content-length")
        if text is None:
            return 0
        text = text.strip()
        if not text.isdigit() or not text.isascii():
            raise HttpError(400, "bad Content-Length")
        return int(text)

    def keep_alive(self):
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in connection
        return "close" not in connection

    def arg(self, name, default=""):
        """The first value of query parameter `name`."""
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def form(self):
        """{name: [values]} of an urlencoded body (empty for other types)."""
        if self._form is None:
            kind = self.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/x-www-form-urlencoded":
                try:
                    self._form = parse_query(self.body.decode("utf-8"))
                except UnicodeDecodeError:
                    raise HttpError(400, "the form is not UTF-8", close=False)
            else:
                self._form = {}
        return self._form

    def field(self, name, default=""):
        """The first value of form field `name`."""
        values = self.form.get(name)
        return values[0] if values else default

    def json(self):
        """The JSON body, decoded (400 if it is not JSON)."""
        if self._json is None:
            try:
                data = json.loads(self.body.decode("utf-8")) if self.body else {}
            except (ValueError, UnicodeDecodeError):
                raise HttpError(400, "the body is not valid JSON", close=False)
            except RecursionError:
                raise HttpError(400, "the JSON body is nested too deeply", close=False)
            except NotImplementedError:
                # piepie's str cannot hold a lone surrogate ("\\ud800"): its
                # json.loads refuses where CPython's decodes (check_text then
                # refuses it on CPython), so both answer 400.
                raise HttpError(400, "the body holds text that is not valid Unicode", close=False)
            check_text(data)
            self._json = data
        return self._json

    def wants_json(self):
        return "application/json" in self.headers.get("accept", "") or self.path.startswith("/api/")


def parse_head(data, limits):
    """The Request whose head is `data` (bytes up to, without, the blank
    line). Raises HttpError for anything malformed."""
    try:
        text = data.decode("latin-1")
    except UnicodeDecodeError:
        raise HttpError(400, "undecodable request head")
    lines = text.split("\r\n")
    request_line = lines[0]
    parts = request_line.split(" ")
    if len(parts) != 3:
        raise HttpError(400, "malformed request line")
    method, target, version = parts
    if not method or not all([c in TOKEN_CHARS for c in method]):
        raise HttpError(400, "malformed method")
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        if version.startswith("HTTP/") and len(version) == 8 and version[5].isdigit():
            raise HttpError(505, "unsupported HTTP version")
        raise HttpError(400, "malformed request line")
    if len(target) > limits.max_target:
        raise HttpError(414, "request target too long")
    if not target.startswith("/"):
        raise HttpError(400, "the request target must be a path")
    for c in target:
        if ord(c) <= 32 or ord(c) >= 127:
            raise HttpError(400, "bad character in the request target")
    headers = {}
    for line in lines[1:]:
        if not line:
            continue
        if line[0] in " \t":
            raise HttpError(400, "obsolete header folding")
        name, sep, value = line.partition(":")
        if not sep or not name or not all([c in TOKEN_CHARS for c in name]):
            raise HttpError(400, "malformed header line")
        key = name.lower()
        value = value.strip(" \t")
        if key in headers:
            if key in ("content-length", "host"):
                raise HttpError(400, "repeated %s header" % name)
            headers[key] = headers[key] + ", " + value
        else:
            headers[key] = value
    if version == "HTTP/1.1" and "host" not in headers:
        raise HttpError(400, "missing Host header")
    if "transfer-encoding" in headers:
        raise HttpError(501, "chunked request bodies are not supported; send Content-Length")
    request = Request(method, target, version, headers)
    if method not in METHODS:
        raise HttpError(501, "method %s is not implemented" % method)
    return request


class Response:
    """Status, headers (a list of (name, value)) and a bytes body."""

    def __init__(self, body=b"", status=200, content_type="text/html; charset=utf-8", headers=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.status = status
        self.body = body
        self.headers = [] if headers is None else list(headers)
        if content_type is not None:
            self.headers.append(("Content-Type", content_type))

    def header(self, name, value):
        self.headers.append((name, value))
        return self

    def get_header(self, name):
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    def set_cookie(self, name, value, max_age=None, http_only=True, path="/"):
        parts = ["%s=%s" % (name, value), "Path=%s" % path, "SameSite=Lax"]
        if http_only:
            parts.append("HttpOnly")
        if max_age is not None:
            parts.append("Max-Age=%d" % max_age)
        self.headers.append(("Set-Cookie", "; ".join(parts)))

    @property
    def text(self):
        return self.body.decode("utf-8")


def json_response(data, status=200):
    return Response(json.dumps(data), status, "application/json")


# Printable ASCII that may stand in a Location as it is; everything else
# (controls, CR/LF, spaces, non-ASCII) is percent-encoded.
LOCATION_SAFE = "/?#[]@!$&'()*+,;=:%-._~"


def redirect(location, status=302):
    """A redirect to `location`, percent-encoded so that no text from a
    request (`?next=`) can end the header line and add headers."""
    return Response(b"", status, None, [("Location", urllib.parse.quote(location, safe=LOCATION_SAFE))])


def text_response(text, status=200):
    return Response(text, status, "text/plain; charset=utf-8")


# Bodies up to this size go out in one piece with their head (copied
# once); larger ones are queued as they are.
SMALL_BODY = 65536


def serialize(response, keep_alive, head_only=False):
    """The bytes of `response` on the wire."""
    return b"".join(wire_pieces(response, keep_alive, head_only))


def wire_pieces(response, keep_alive, head_only=False):
    """`response` on the wire as [head] or [head, body], so that a large
    body is queued for sending without being copied."""
    reason = REASONS.get(response.status, "Unknown")
    lines = ["HTTP/1.1 %d %s" % (response.status, reason)]
    for name, value in response.headers:
        if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
            raise ValueError("a line break in the response header %r" % name)
        lines.append("%s: %s" % (name, value))
    if response.status != 304 and response.status != 204:
        lines.append("Content-Length: %d" % len(response.body))
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    if head_only or response.status in (204, 304) or not response.body:
        return [head]
    if len(response.body) <= SMALL_BODY:
        # one send, one segment: head and body apart would meet Nagle's
        # algorithm and the client's delayed ACK
        return [head + response.body]
    return [head, response.body]
