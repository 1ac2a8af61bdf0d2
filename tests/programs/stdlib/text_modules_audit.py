"""Adversarial string, textwrap, html, urllib.parse and base64 checks."""
import string
import textwrap
import html
import base64
from urllib.parse import urlsplit, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, unquote_plus, urlparse, urljoin, urlunsplit


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# string
t("consts", lambda: (string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits,
                     string.hexdigits, string.octdigits, string.punctuation, string.whitespace, len(string.printable)))
t("capwords", lambda: (string.capwords("  hello   wORLD  x "), string.capwords("a-b c-d", "-"), string.capwords("")))
T = string.Template
t("template", lambda: T("$who likes ${what}s $$").substitute(who="tim", what="kung pao"))
t("template dict", lambda: T("$a$b").substitute({"a": 1}, b=2))
t("template missing", lambda: T("$who $x").substitute(who=1))
t("template safe", lambda: T("$who $x ${y} $").safe_substitute(who=1))
t("template invalid", lambda: T("$who $").substitute(who=1))
t("template invalid2", lambda: T("line1\n  ${x").substitute(x=1))
t("template ids", lambda: (T("$a ${b} $$ $c").get_identifiers(), T("$a $1").is_valid()))
t("formatter", lambda: string.Formatter().format("{0}-{x:>3}", 1, x="y"))
F = string.Formatter()
for fs in ["{}{}", "{0}{}", "{}{0}", "{a.real}", "{0[1]}", "{0[x]}", "{0!s:>4}", "{0!x}", "{0!}", "{0!sx}", "{", "}", "a}b",
           "{0:{1}}", "{0:{1}{2}}", "{0[}", "{0.}", "{0[1]x}", "{{}}", "{0:{1:{2}}}", "{:{}}", "x{0:}y", "{!r}"]:
    t("Formatter %r" % fs, lambda: F.format(fs, 3.5, 6, "d", a=1))
    t("parse %r" % fs, lambda: list(F.parse(fs)))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


t("Formatter subclass", lambda: Upper().format("{0} {who} {x}", "abc", who="me"))
t("Formatter vformat", lambda: string.Formatter().vformat("{a}{0}", ("p",), {"a": "q"}))
t("Formatter missing", lambda: string.Formatter().format("{5}", 1))
t("Formatter missing kw", lambda: string.Formatter().format("{k}"))
t("formatter parse", lambda: list(string.Formatter().parse("a{0!r:>3}b{{c}}")))

# textwrap
txt = "The quick brown fox jumps over the lazy dog. " * 3
t("wrap", lambda: textwrap.wrap(txt, 20))
t("fill", lambda: textwrap.fill(txt, width=30, initial_indent="> ", subsequent_indent="  "))
t("wrap long word", lambda: textwrap.wrap("a" * 25 + " b", 10))
t("wrap no break", lambda: textwrap.wrap("a" * 25 + " b", 10, break_long_words=False))
t("wrap hyphen", lambda: textwrap.wrap("state-of-the-art well-known", 10))
t("wrap no hyphen", lambda: textwrap.wrap("state-of-the-art well-known", 10, break_on_hyphens=False))
t("wrap tabs", lambda: textwrap.wrap("a\tb\tc", 6))
t("wrap tabsize", lambda: textwrap.wrap("a\tb", 80, tabsize=4))
t("wrap ws", lambda: textwrap.wrap("  a  b  \n c ", 80))
t("wrap keep ws", lambda: textwrap.wrap("  a  b  \n c ", 80, replace_whitespace=False, drop_whitespace=False))
t("wrap empty", lambda: (textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("")))
t("wrap sentence", lambda: textwrap.wrap("Hi. There! Ok", 80, fix_sentence_endings=True))
t("wrap max_lines", lambda: textwrap.wrap(txt, 20, max_lines=2))
t("wrap max_lines ph", lambda: textwrap.wrap(txt, 20, max_lines=3, placeholder=" ..."))
t("wrap bad width", lambda: textwrap.wrap("abc", 0))
t("shorten", lambda: (textwrap.shorten("Hello  world!", 12), textwrap.shorten("Hello world", 11),
                      textwrap.shorten("Hello world!", 10, placeholder="..")))
t("shorten small", lambda: textwrap.shorten("Hello world", 3))
t("dedent", lambda: textwrap.dedent("    a\n      b\n\n    c\n"))
t("dedent mixed", lambda: textwrap.dedent("\ta\n    b\n"))
t("dedent ws lines", lambda: textwrap.dedent("  a\n \n  b"))
t("indent", lambda: textwrap.indent("a\n\nb\n", "> "))
t("indent pred", lambda: textwrap.indent("a\n\nb", "+", lambda l: True))
w = textwrap.TextWrapper(width=15, initial_indent="* ", subsequent_indent="  ", expand_tabs=False)
t("TextWrapper", lambda: w.wrap("one two three four five six seven"))
t("TextWrapper fill", lambda: w.fill("one two"))
t("wrap unicode", lambda: textwrap.wrap("héllo wörld ñ ü", 7))

# html
t("escape", lambda: (html.escape("<a href=\"x\">'&'</a>"), html.escape("<'\">", quote=False)))
for s in ["&lt;&gt;&amp;&quot;&#39;", "&amp", "&#x41;&#65;&#X42", "&nbsp;&copy;&eacute;", "&unknown; &", "&#0;", "&#x110000;",
          "&#128;", "&#xd800;", "&ampx", "&lt", "&notin; &notit;", "&#12345678901;", "&#;", "&#x;", "&AMP;", "&Eacute;"]:
    t("unescape %r" % s, lambda: html.unescape(s))

# urllib.parse
for u in ["http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&b=2#frag", "https://example.com", "//host/path",
          "/just/path?q", "mailto:a@b.c", "http://[::1]:80/x", "http://host:notaport/", "file:///etc/passwd",
          "HTTP://h/x", "http://h/?#", "relative/path", "http://a/b c"]:
    t("urlsplit %s" % u, lambda: urlsplit(u))
    t(" parts", lambda: (lambda r: (r.scheme, r.netloc, r.hostname, r.port, r.username, r.password, r.path, r.query, r.fragment,
                                    r.geturl()))(urlsplit(u)))
t("urlparse", lambda: urlparse("http://h/p;x?q#f"))
t("urlunsplit", lambda: urlunsplit(("http", "h", "/p", "q=1", "f")))
t("urljoin", lambda: (urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/d", "//x/y"), urljoin("http://a/b/", "?y"),
                      urljoin("http://a/b/c", "/z"), urljoin("http://a/b/c", "g/./h/../i")))
t("urlencode", lambda: urlencode({"a": 1, "b": "x y&z", "c": "é"}))
t("urlencode seq", lambda: urlencode([("a", [1, 2]), ("b", "c")], doseq=True))
t("urlencode seq off", lambda: urlencode([("a", [1, 2])]))
t("urlencode quote_via", lambda: urlencode({"a": "x y/"}, quote_via=quote))
t("urlencode bad", lambda: urlencode("abc"))
t("urlencode bytes", lambda: urlencode({b"k": b"v w"}))
t("parse_qs", lambda: parse_qs("a=1&a=2&b=x+y%21&c=&d"))
t("parse_qs blank", lambda: parse_qs("a=1&c=&d", keep_blank_values=True))
t("parse_qsl", lambda: parse_qsl("a=1&a=2&b=%E2%82%AC&c"))
t("parse_qsl blank", lambda: parse_qsl("a=1&&c=&d", keep_blank_values=True))
t("parse_qsl strict", lambda: parse_qsl("a=1&d", strict_parsing=True))
t("parse_qsl semicolon", lambda: parse_qsl("a=1;b=2"))
t("parse_qsl sep", lambda: parse_qsl("a=1;b=2", separator=";"))
t("quote", lambda: (quote("a b/c?d=é&"), quote("a b/c", safe=""), quote("~_.-"), quote(b"\xff "), quote("")))
t("quote_plus", lambda: (quote_plus("a b/c+d"), quote_plus("a b", safe="/")))
t("unquote", lambda: (unquote("a%20b%2Fc%E2%82%AC"), unquote("%zz%4"), unquote("%ff"), unquote("a+b"), unquote("%C3%A9", errors="strict")))
t("unquote_plus", lambda: unquote_plus("a+b%20c"))
t("quote type", lambda: quote(5))

# base64
for b in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xff\xfe\xfd"]:
    t("b64 %r" % b[:8], lambda: (base64.b64encode(b), base64.urlsafe_b64encode(b), base64.b32encode(b), base64.b16encode(b),
                                base64.standard_b64encode(b)))
    t(" rt", lambda: (base64.b64decode(base64.b64encode(b)) == b, base64.b32decode(base64.b32encode(b)) == b,
                      base64.b16decode(base64.b16encode(b)) == b, base64.urlsafe_b64decode(base64.urlsafe_b64encode(b)) == b))
t("b64decode str", lambda: base64.b64decode("Zm9vYmFy"))
t("b64decode junk", lambda: base64.b64decode("Zm9v\nYmFy!!"))
t("b64decode validate", lambda: base64.b64decode("Zm9v\nYmFy", validate=True))
t("b64decode padding", lambda: base64.b64decode("Zm9vY"))
t("b64decode padding2", lambda: base64.b64decode("Zm9vYg"))
t("b64decode extra pad", lambda: base64.b64decode("Zm8===="))
t("b64 altchars", lambda: (base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_")))
t("b64encode str", lambda: base64.b64encode("abc"))
t("b64decode nonascii", lambda: base64.b64decode("é"))
t("b32decode bad", lambda: base64.b32decode("MZXW6==="))
t("b32decode casefold", lambda: (base64.b32decode("mzxw6===", casefold=True),))
t("b32decode lower", lambda: base64.b32decode("mzxw6==="))
t("b16decode lower", lambda: base64.b16decode("ff"))
t("b16decode casefold", lambda: base64.b16decode("ff", casefold=True))
t("b16decode odd", lambda: base64.b16decode("F"))
t("encodebytes", lambda: base64.encodebytes(b"x" * 60))
t("decodebytes", lambda: base64.decodebytes(b"eHh4\neHh4\n"))
