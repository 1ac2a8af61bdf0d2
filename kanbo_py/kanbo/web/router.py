"""The router: routes are (methods, pattern, handler) tried in order.

A pattern is a path with `<kind:name>` parts: `name` ([\\w-]+), `int`
(digits), `spec` (an axis spec, [\\w+,;=-]+) and `file` ([\\w.-]+).
`match` returns (handler, params) or raises NoRoute (404) or
MethodNotAllowed (405, with the allowed methods)."""

import re

KINDS = {"name": r"[\w-]+", "int": r"\d+", "spec": r"[\w+,;=-]+", "file": r"[\w][\w.-]*"}
_PART = re.compile(r"<(\w+):(\w+)>")


class NoRoute(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        Exception.__init__(self, "method not allowed")
        self.allowed = allowed


class Route:
    def __init__(self, methods, pattern, handler):
        self.methods = methods
        self.pattern = pattern
        self.handler = handler
        self.converters = {}
        regex = "^"
        pos = 0
        for m in _PART.finditer(pattern):
            regex += re.escape(pattern[pos : m.start()])
            kind, name = m.group(1), m.group(2)
            if kind not in KINDS:
                raise ValueError("unknown kind %r in %r" % (kind, pattern))
            regex += "(?P<%s>%s)" % (name, KINDS[kind])
            if kind == "int":
                self.converters[name] = int
            pos = m.end()
        regex += re.escape(pattern[pos:]) + "$"
        self.regex = re.compile(regex)


class Router:
    def __init__(self):
        self.routes = []

    def add(self, methods, pattern, handler):
        if isinstance(methods, str):
            methods = methods.split()
        self.routes.append(Route(tuple(methods), pattern, handler))

    def match(self, method, path):
        allowed = []
        for route in self.routes:
            m = route.regex.match(path)
            if m is None:
                continue
            methods = route.methods
            if method in methods or (method == "HEAD" and "GET" in methods):
                params = m.groupdict()
                for name, convert in route.converters.items():
                    params[name] = convert(params[name])
                return route.handler, params
            for name in methods:
                if name not in allowed:
                    allowed.append(name)
        if allowed:
            raise MethodNotAllowed(allowed)
        raise NoRoute(path)
