"""urllib.parse edge cases and copy protocol details."""
import copy
from urllib.parse import (urlsplit, urlunsplit, urlparse, urlunparse, urljoin, urldefrag, urlencode, parse_qs,
                          parse_qsl, quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes)
from collections import namedtuple, OrderedDict


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("bad ipv6", lambda: urlsplit("http://[::1/x"))
t("bad ipv6 2", lambda: urlsplit("http://::1]/x"))
t("port range", lambda: urlsplit("http://h:99999/").port)
t("port neg", lambda: urlsplit("http://h:-1/").port)
t("port empty", lambda: urlsplit("http://h:/").port)
t("port ws", lambda: urlsplit("http://h: 80/").port)
t("hostname case", lambda: (urlsplit("http://User:Pw@HOST.Example:8/").hostname, urlsplit("http://[FE80::1]:8/").hostname))
t("scheme only", lambda: (urlsplit("http:"), urlsplit("http:path"), urlsplit("x1+.-y:z")))
t("no scheme digits", lambda: urlsplit("1http://x"))
t("path with colon", lambda: urlsplit("path:with/colon"))
t("fragments", lambda: (urlsplit("a#b#c"), urlsplit("a#b", allow_fragments=False)))
t("scheme default", lambda: urlsplit("//h/p", scheme="https"))
t("strip ws", lambda: urlsplit("  http://h/p\t\n"))
t("control chars", lambda: urlsplit("http://h/a\nb\tc"))
t("urlunsplit", lambda: (urlunsplit(("", "", "p", "", "")), urlunsplit(("http", "", "/p", "", "")), urlunsplit(("file", "", "/x", "", "")),
                         urlunsplit(("", "h", "p", "q", "f"))))
t("urlunparse", lambda: urlunparse(("http", "h", "/p", "params", "q", "f")))
t("parse result", lambda: (urlparse("http://h/p;a?q#f")._replace(query="z").geturl(), urlparse("http://h/p;a?q#f").params))
t("urldefrag", lambda: (urldefrag("http://h/p#frag"), urldefrag("http://h/p"), urldefrag("http://h/p#frag").url))
for base, rel in [("http://a/b/c/d;p?q", r) for r in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
                                                      "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
                                                      "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
                                                      "./g/.", "g/./h", "g/../h", "http:g", "https://x/y"]]:
    t("urljoin %r" % rel, lambda: urljoin(base, rel))
t("urljoin empty base", lambda: (urljoin("", "a"), urljoin("a", ""), urljoin("mailto:x", "y")))
t("quote safe unicode", lambda: (quote("a/é", safe="é"), quote("é", encoding="latin-1"), quote("ÿ", errors="strict")))
t("quote bytes", lambda: (quote(b"a b/\xff"), quote_from_bytes(b"a&b", safe="&"), quote_plus(b"a b")))
t("quote bad", lambda: quote_from_bytes("str"))
t("unquote bytes", lambda: (unquote_to_bytes("a%20%ZZ%ff"), unquote_to_bytes(b"%41"), unquote(b"%41") if False else ""))
t("unquote encoding", lambda: (unquote("%E9", encoding="latin-1"), unquote("%E9"), unquote("%E9", errors="ignore")))
t("unquote_plus bytes", lambda: unquote_plus("a+b%2B"))
t("urlencode none", lambda: urlencode({"a": None, "b": True, "c": 1.5}))
t("urlencode list doseq str", lambda: urlencode({"a": "xyz"}, doseq=True))
t("urlencode tuple doseq", lambda: urlencode([("a", (1, 2)), ("b", [])], doseq=True))
t("urlencode safe", lambda: urlencode({"a": "x/y z"}, safe="/"))
t("urlencode encoding", lambda: urlencode({"a": "é"}, encoding="latin-1"))
t("urlencode pairs err", lambda: urlencode([("a",)]))
t("parse_qs max", lambda: parse_qs("a=1&b=2&c=3", max_num_fields=2))
t("parse_qs bytes", lambda: parse_qs(b"a=1&a=%20"))
t("parse_qsl plus", lambda: parse_qsl("a+b=c+d&e=%2B"))
t("parse_qsl strict bad", lambda: parse_qsl("a", strict_parsing=True))
t("parse_qsl equals", lambda: parse_qsl("a==b&c=d=e"))
t("parse_qsl encoding", lambda: parse_qsl("a=%E9", encoding="latin-1"))
t("parse_qs empty", lambda: (parse_qs(""), parse_qsl(""), parse_qs("&&")))


# copy protocol
class WithState:
    def __init__(self):
        self.a = [1]
        self.secret = "s"

    def __getstate__(self):
        s = dict(self.__dict__)
        del s["secret"]
        return s

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.secret = "restored"


class WithReduce:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (WithReduce, (self.x * 2,))


class WithNewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)


class DSub(dict):
    pass


class LSub(list):
    pass


P = namedtuple("P", "x y")
w = copy.deepcopy(WithState())
t("getstate/setstate", lambda: (w.a, w.secret))
t("reduce", lambda: (copy.copy(WithReduce(3)).x, copy.deepcopy(WithReduce(4)).x))
t("newargs", lambda: (lambda c: (c, c.tag, type(c).__name__))(copy.deepcopy(WithNewArgs(5, "t"))))
d = DSub(a=[1])
d.attr = "x"
t("dict subclass", lambda: (lambda c: (type(c).__name__, c, c.attr, c["a"] is d["a"]))(copy.deepcopy(d)))
t("list subclass", lambda: (lambda c: (type(c).__name__, c))(copy.copy(LSub([1, 2]))))
t("namedtuple", lambda: (copy.deepcopy(P([1], 2)), type(copy.copy(P(1, 2))).__name__))
t("ordereddict", lambda: copy.deepcopy(OrderedDict(b=[1], a=2)))
cyc = {"k": None}
cyc["k"] = cyc
t("dict cycle", lambda: (lambda c: c["k"] is c)(copy.deepcopy(cyc)))
t("set of tuples", lambda: sorted(copy.deepcopy({(1, 2), (3,)})))
t("tuple identity", lambda: (copy.deepcopy((1, "a")) is not None, copy.copy((1, [2]))[1] is not None))
t("memo dict", lambda: (lambda m: (copy.deepcopy([1], m), len(m) > 0))({}))
t("class copy", lambda: copy.deepcopy(WithState) is WithState)
t("func copy", lambda: copy.copy(t) is t)
t("module copy", lambda: copy.deepcopy(copy) is copy)
t("uncopyable", lambda: type(copy.deepcopy(iter([1]))).__name__)
t("range/slice", lambda: (copy.deepcopy(range(3)), copy.copy(slice(1, 2))))
t("bytearray", lambda: (lambda b: (b, b is not None))(copy.deepcopy(bytearray(b"x"))))
