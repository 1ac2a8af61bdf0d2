"""A small template engine with auto-escaping.

    {{ expr }}            the value, HTML-escaped unless it is Markup
    {{ expr|filter }}     filters: safe, json, urlquote, length, default:'x'
    {% if expr %} ... {% elif expr %} ... {% else %} ... {% endif %}
    {% for name in expr %} ... {% else %} ... {% endfor %}   (also `for a, b in`)
    {% include "file.html" %}
    {# comment #}

An expression is `or`/`and`/`not` over comparisons (`==`, `!=`, `<`, `>`,
`in`) of atoms: a dotted path (dict key, else attribute; a callable at
the end of a path is called), a 'string', an integer, True, False, None.
Templates are compiled once into node trees and cached."""

import html
import json
import os
import re
import urllib.parse


class Markup(str):
    """Text that is already HTML and must not be escaped again."""


def escape(value):
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    return html.escape(str(value), True)


class TemplateError(Exception):
    pass


_TOKEN = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)
_EXPR_TOKEN = re.compile(r"\s*(==|!=|<=|>=|<|>|\(|\)|'[^']*'|\"[^\"]*\"|-?\d+|[A-Za-z_][\w.]*)")

_MISSING = object()


def _lookup(context, path):
    parts = path.split(".")
    value = context.get(parts[0], _MISSING)
    if value is _MISSING:
        raise TemplateError("undefined name %r" % parts[0])
    for part in parts[1:]:
        if isinstance(value, dict):
            value = value.get(part)
        else:
            value = getattr(value, part, None)
        if value is None:
            return None
    if callable(value) and not isinstance(value, type):
        value = value()
    return value


class _Expr:
    """A parsed expression, evaluated against a context dict."""

    def __init__(self, text):
        self.text = text
        self.tokens = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _EXPR_TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                raise TemplateError("cannot parse expression %r" % text)
            self.tokens.append(m.group(1))
            pos = m.end()
            while pos < len(text) and text[pos] == " ":
                pos += 1
        self.pos = 0
        self.tree = self._or()
        if self.pos != len(self.tokens):
            raise TemplateError("unexpected %r in %r" % (self.tokens[self.pos], text))

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def _or(self):
        node = self._and()
        while self._peek() == "or":
            self._take()
            node = ("or", node, self._and())
        return node

    def _and(self):
        node = self._not()
        while self._peek() == "and":
            self._take()
            node = ("and", node, self._not())
        return node

    def _not(self):
        if self._peek() == "not":
            self._take()
            return ("not", self._not())
        return self._compare()

    def _compare(self):
        node = self._atom()
        op = self._peek()
        if op in ("==", "!=", "<", ">", "<=", ">=", "in"):
            self._take()
            node = (op, node, self._atom())
        return node

    def _atom(self):
        token = self._peek()
        if token is None:
            raise TemplateError("expression %r ends too early" % self.text)
        self._take()
        if token == "(":
            node = self._or()
            if self._peek() != ")":
                raise TemplateError("missing ) in %r" % self.text)
            self._take()
            return node
        if token[0] in "'\"":
            return ("const", token[1:-1])
        if token[0] == "-" or token[0].isdigit():
            return ("const", int(token))
        if token == "True":
            return ("const", True)
        if token == "False":
            return ("const", False)
        if token == "None":
            return ("const", None)
        return ("name", token)

    def eval(self, context):
        return _eval(self.tree, context)


def _eval(node, context):
    kind = node[0]
    if kind == "name":
        return _lookup(context, node[1])
    if kind == "const":
        return node[1]
    if kind == "not":
        return not _eval(node[1], context)
    if kind == "and":
        return _eval(node[1], context) and _eval(node[2], context)
    if kind == "or":
        return _eval(node[1], context) or _eval(node[2], context)
    left = _eval(node[1], context)
    right = _eval(node[2], context)
    if kind == "==":
        return left == right
    if kind == "!=":
        return left != right
    if kind == "<":
        return left < right
    if kind == ">":
        return left > right
    if kind == "<=":
        return left <= right
    if kind == ">=":
        return left >= right
    return left in right


def _filter(name, arg, value):
    if name == "safe":
        return Markup("" if value is None else str(value))
    if name == "json":
        return json.dumps(value)
    if name == "urlquote":
        return urllib.parse.quote(str(value), safe="")
    if name == "length":
        return len(value)
    if name == "default":
        return value if value else arg
    raise TemplateError("unknown filter %r" % name)


class _Output:
    def __init__(self, expr, filters):
        self.expr = expr
        self.filters = filters

    def render(self, context, out, engine):
        value = self.expr.eval(context)
        for name, arg in self.filters:
            value = _filter(name, arg, value)
        out.append(escape(value))


class _Text:
    def __init__(self, text):
        self.text = text

    def render(self, context, out, engine):
        out.append(self.text)


class _If:
    def __init__(self):
        self.branches = []  # [(expr or None, nodes)]

    def render(self, context, out, engine):
        for expr, nodes in self.branches:
            if expr is None or expr.eval(context):
                _render_nodes(nodes, context, out, engine)
                return


class _For:
    def __init__(self, names, expr):
        self.names = names
        self.expr = expr
        self.body = []
        self.empty = []

    def render(self, context, out, engine):
        items = self.expr.eval(context)
        if not items:
            _render_nodes(self.empty, context, out, engine)
            return
        saved = {}
        for name in self.names:
            saved[name] = context.get(name, _MISSING)
        for item in items:
            if len(self.names) == 1:
                context[self.names[0]] = item
            else:
                values = tuple(item)
                if len(values) != len(self.names):
                    raise TemplateError("cannot unpack %d values into %s" % (len(values), ", ".join(self.names)))
                for i in range(len(values)):
                    context[self.names[i]] = values[i]
            _render_nodes(self.body, context, out, engine)
        for name, value in saved.items():
            if value is _MISSING:
                context.pop(name, None)
            else:
                context[name] = value


class _Include:
    def __init__(self, name):
        self.name = name

    def render(self, context, out, engine):
        _render_nodes(engine.load(self.name), context, out, engine)


def _render_nodes(nodes, context, out, engine):
    for node in nodes:
        node.render(context, out, engine)


def _parse_output(text):
    parts = text.split("|")
    filters = []
    for part in parts[1:]:
        name, _, arg = part.strip().partition(":")
        arg = arg.strip()
        if arg and arg[0] in "'\"":
            arg = arg[1:-1]
        filters.append((name.strip(), arg))
    return _Output(_Expr(parts[0]), filters)


def compile_template(source, name="<template>"):
    """The node list of template `source`."""
    root = []
    stack = [("root", root, None)]  # (kind, current node list, node)
    for piece in _TOKEN.split(source):
        if not piece:
            continue
        current = stack[-1][1]
        if piece.startswith("{#"):
            continue
        if piece.startswith("{{"):
            current.append(_parse_output(piece[2:-2]))
            continue
        if not piece.startswith("{%"):
            current.append(_Text(piece))
            continue
        words = piece[2:-2].strip().split(None, 1)
        if not words:
            raise TemplateError("%s: empty tag" % name)
        tag = words[0]
        rest = words[1] if len(words) > 1 else ""
        if tag == "if":
            node = _If()
            body = []
            node.branches.append((_Expr(rest), body))
            current.append(node)
            stack.append(("if", body, node))
        elif tag in ("elif", "else"):
            kind, _, node = stack.pop()
            body = []
            if kind == "if":
                node.branches.append((_Expr(rest) if tag == "elif" else None, body))
            elif kind == "for" and tag == "else":
                node.empty = body
            else:
                raise TemplateError("%s: {%% %s %%} outside if/for" % (name, tag))
            stack.append((kind if tag == "elif" else kind + "-else", body, node))
        elif tag == "for":
            m = re.match(r"^([\w, ]+?)\s+in\s+(.+)$", rest)
            if m is None:
                raise TemplateError("%s: bad for tag %r" % (name, rest))
            names = [n.strip() for n in m.group(1).split(",")]
            node = _For(names, _Expr(m.group(2)))
            current.append(node)
            stack.append(("for", node.body, node))
        elif tag in ("endif", "endfor"):
            kind = stack.pop()[0]
            if kind.split("-")[0] != tag[3:]:
                raise TemplateError("%s: {%% %s %%} closes %s" % (name, tag, kind))
        elif tag == "include":
            current.append(_Include(rest.strip().strip("\"'")))
        else:
            raise TemplateError("%s: unknown tag %r" % (name, tag))
    if len(stack) != 1:
        raise TemplateError("%s: unclosed {%% %s %%}" % (name, stack[-1][0]))
    return root


class Engine:
    """Loads templates from `directory` and renders them."""

    def __init__(self, directory):
        self.directory = directory
        self.cache = {}

    def load(self, name):
        nodes = self.cache.get(name)
        if nodes is None:
            with open(os.path.join(self.directory, name), encoding="utf-8") as f:
                nodes = compile_template(f.read(), name)
            self.cache[name] = nodes
        return nodes

    def render(self, name, context):
        out = []
        _render_nodes(self.load(name), dict(context), out, self)
        return Markup("".join(out))

    def render_string(self, source, context):
        out = []
        _render_nodes(compile_template(source), dict(context), out, self)
        return Markup("".join(out))
