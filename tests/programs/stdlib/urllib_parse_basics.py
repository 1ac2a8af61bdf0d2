from urllib.parse import (urlsplit, urlunsplit, urlparse, urlunparse, urljoin, urlencode, parse_qs,
                          parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag, SplitResult,
                          ParseResult, quote_from_bytes, unquote_to_bytes)
import urllib.parse

urls = ["http://www.example.com/path/to/page?name=ferret&color=purple#frag",
        "https://user:pw@Host.Example.COM:8080/a/b;params?q=1#top", "ftp://ftp.x.org/pub/file.txt",
        "//netloc/only/path", "/just/a/path?x=1", "relative/path", "mailto:someone@example.com",
        "file:///etc/passwd", "http://[::1]:80/ipv6", "http://[2001:db8::7]/", "HTTP://EXAMPLE.com",
        "http://example.com", "http://example.com?", "http://example.com#", "", "?q", "#f",
        "data:text/plain;base64,SGVsbG8=", "tel:+1-816-555-1212", "urn:isbn:0451450523",
        "http://a/b/c;p?q", "http://x.com/a;b/c;d", "  http://trim.com/x", "http://a.com/p\n\tq",
        "git+ssh://git@github.com/x/y.git", "1http://notscheme", "path:with:colons", "http://host:/p",
        "http://u@h", "http://:pw@h:1"]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u), s, (s.hostname, s.port, s.username, s.password))
    print("   ", p, urlunsplit(s), urlunparse(p), s.geturl(), p.geturl())
print(urlsplit("http://x.com/a#b", allow_fragments=False), urlsplit("x.com/a", scheme="https"))
s = urlsplit("http://h.com/p?q=1")
print(s.scheme, s.netloc, s.path, s.query, s.fragment, s[0], len(s), tuple(s), s == ("http", "h.com", "/p", "q=1", ""))
print(s._replace(path="/other"), s._replace(scheme="https").geturl(), isinstance(s, tuple), s._fields)
print(SplitResult("a", "b", "c", "d", "e"), ParseResult(scheme="s", netloc="n", path="p", params="", query="q", fragment=""))
print(urlunsplit(("http", "h", "p", "", "")), urlunsplit(("", "", "p", "q", "f")), urlunsplit(("http", "", "/p", "", "")))
print(urlunparse(("http", "h", "/p", "a=1", "q", "f")), urlunsplit(["mailto", "", "x@y", "", ""]))
for bad in ["http://[::1/x", "http://h:99999/", "http://h:abc/", "http://::1]/"]:
    try:
        r = urlsplit(bad)
        print(r.port)
    except ValueError as e:
        print("ValueError", e)

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s",
            "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g",
            "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y",
            "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https://other/x"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("http://x.com/a/b.html", "c.html"), urljoin("http://x.com/a/", "../../c"), urljoin("", "x"), urljoin("http://x", ""))
print(urljoin("http://x.com", "path"), urljoin("mailto:a@b", "c"), urljoin("http://x.com/a?b#c", "#d"), urljoin("http://x.com/a", "//y.com/z"))
print(urldefrag("http://x.com/a#frag"), urldefrag("http://x.com/a"), urldefrag("http://x.com/a#f").url)

for q in ["a=1&b=2&a=3", "a=1;b=2", "x=hello+world&y=%E2%82%AC%20z", "empty=&novalue&=v", "&&a=1&&", "a=%zz&b=%4", "k=%FF"]:
    print(repr(q), parse_qs(q), parse_qsl(q), parse_qs(q, keep_blank_values=True), parse_qsl(q, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(""), parse_qsl("a=1&b=2", max_num_fields=2))
for bad in [lambda: parse_qsl("a", strict_parsing=True), lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2),
            lambda: parse_qsl("a=1", separator=None), lambda: urlencode("abc"), lambda: urlencode([1, 2])]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(urlencode({"a": 1, "b": "x y", "c": "é&="}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"l": [1, 2], "s": "ab"}, doseq=True), urlencode({"l": [1, 2]}), urlencode({"n": None, "t": (1,)}, doseq=True))
print(urlencode({"p": "a/b c"}, safe="/"), urlencode({"p": "a/b c"}, quote_via=quote), urlencode({b"k": b"v w"}), urlencode({}))
for s in ["abc", "a b", "a/b", "a+b", "ü€😀", "~_.-", "!*'();:@&=+$,/?#[]", "", "100%"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"), quote(s, safe="~@"))
print(quote(b"\x00\xff a"), quote_plus(b"a b"), quote_from_bytes(b"a/b c"), quote("é", encoding="utf-8"))
for s in ["abc", "a%20b", "a+b", "%E2%82%AC", "%e2%82%ac", "%", "%2", "%zz", "%E2%82", "a%2Fb%3f", "%F0%9F%98%80x", "ü%C3%BC"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b"a%20b"), unquote("%FF", errors="ignore"), urllib.parse.quote("x y"), urllib.parse.SplitResult.__name__)
