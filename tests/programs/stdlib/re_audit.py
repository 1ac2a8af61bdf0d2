"""Adversarial re checks: every listed feature, match objects and error messages."""
import re


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def m(p, s, flags=0):
    r = re.search(p, s, flags)
    if r is None:
        return None
    return (r.group(0), r.groups(), r.span(), r.groupdict())


cases = [
    (r"(a)(b)?", "ac"), (r"(?P<x>\d+)-(?P<y>\d+)", "tel 12-345"), (r"a|ab|abc", "abc"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"[a-c]+", "xxabcabd"), (r"[^a-c]+", "abcxyzabc"), (r"[\d\s]+", "a1 2 3b"), (r"[]a]+", "]a]b"), (r"[a\-z]+", "a-z-b"),
    (r"[\w.]+@[\w.]+", "mail: bob.x@ex.com!"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"a{,2}", "aaa"), (r"a{2}", "aaa"),
    (r"a{2,}", "aaaaa"), (r"a{x}", "a{x}"), (r"a*?b", "aaab"), (r"a+?", "aaa"), (r"a??b", "ab"), (r"(ab)*", "ababx"),
    (r"^abc$", "abc\n"), (r"^abc\Z", "abc\n"), (r"\Aab", "xab"), (r"^b", "a\nb"), (r"a$", "a\nb"), (r"\bfoo\b", "a foo."),
    (r"\Bfoo", "afoo"), (r"\d+", "abc١٢٣"), (r"\w+", "héllo wörld"), (r"\s+", "a\t\n\r\x0bb"), (r"\D\W\S", "a!b"),
    (r"foo(?=bar)", "foobaz foobar"), (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42"), (r"(?<!\$)\b\d+", "$42 17"),
    (r"(\w)\1", "abccd"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"there\""), (r"(a)|b", "b"), (r"(?:ab)+", "ababab"),
    (r"(?i)hello", "HeLLo"), (r"(?s)a.b", "a\nb"), (r"a.b", "a\nb"), (r"(?m)^\w+$", "one\ntwo"), (r"(?x) a b  # c", "ab"),
    (r"\.\*\+", "x.*+"), (r"[.]", "a.b"), (r"\x41\u0042\n", "AB\n"), (r"\t", "a\tb"), (r"(a*)*", "b"), (r"(a*)+", "b"),
    (r"(a|b)*c", "abababc"), (r"((a)|(b))+", "ab"), (r"(?P<first>a)(?P<second>b)?", "a"), (r"\$\^", "$^"),
    (r"[\]\\]", "\\"), (r"[^\n]", "\nx"), (r"(?i)[a-z]+", "ABC"), (r"(?i)straße", "STRASSE"), (r"[\s\S]", "\n"),
    (r"x*", ""), (r"(?:)", "abc"), (r"a(?=b)b", "ab"), (r"(?<=a|bc)d", "bcd"), (r"\0", "\x00"), (r"[\b]", "\b"),
    (r"(a)(?(1)b|c)", "ab"), (r"(?i:A)b", "ab"), (r"(?-i:a)B", "aB"), (r"\u00e9", "é"), (r"(?a)\w+", "héllo"),
    (r"(\d+)(?:px|em)", "12em"), (r"^(?:(\d+)\.)?(\d+)$", "3.14"), (r"a\Z", "a"), (r"(?P<n>a)(?P=n)", "aa"),
]
for p, s in cases:
    t("search %r %r" % (p, s), lambda: m(p, s))

t("match", lambda: re.match(r"\d+", "12ab").group())
t("match none", lambda: re.match(r"\d+", "ab12"))
t("fullmatch", lambda: (re.fullmatch(r"\d+", "12"), re.fullmatch(r"\d+", "12a"), re.fullmatch(r"a|ab", "ab")))
t("findall", lambda: re.findall(r"\d+", "a1b22c333"))
t("findall groups", lambda: re.findall(r"(\w)(\d)", "a1b2c"))
t("findall one group", lambda: re.findall(r"(\w)\d", "a1b2c"))
t("findall empty", lambda: re.findall(r"x*", "axb"))
t("finditer", lambda: [(mm.start(), mm.end(), mm.group()) for mm in re.finditer(r"\w+", "hi there you")])
t("sub", lambda: re.sub(r"\d", "#", "a1b2c3"))
t("sub count", lambda: re.sub(r"\d", "#", "a1b2c3", count=2))
t("sub backref", lambda: re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home bob@work"))
t("sub named", lambda: re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
t("sub g0", lambda: re.sub(r"\w+", r"[\g<0>]", "a bc"))
t("sub num g", lambda: re.sub(r"(a)", r"\g<1>0", "a"))
t("sub func", lambda: re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "a5 b10"))
t("sub empty", lambda: re.sub(r"x*", "-", "abc"))
t("sub escapes", lambda: re.sub(r"a", r"\n\t\\", "a"))
t("sub bad escape", lambda: re.sub(r"a", r"\q", "a"))
t("sub bad group", lambda: re.sub(r"a", r"\2", "a"))
t("sub bad name", lambda: re.sub(r"a", r"\g<nope>", "a"))
t("sub unmatched", lambda: re.sub(r"(a)|b", r"[\1]", "ab"))
t("subn", lambda: re.subn(r"o", "0", "foo boo"))
t("split", lambda: re.split(r"\W+", "Words, words, words."))
t("split groups", lambda: re.split(r"(\W+)", "Words, words, words."))
t("split max", lambda: re.split(r"\W+", "Words, words, words.", maxsplit=1))
t("split empty", lambda: re.split(r"x*", "axbc"))
t("split opt group", lambda: re.split(r"(a)|b", "1a2b3"))
t("split flags", lambda: re.split(r"x", "1X2x3", flags=re.I))
c = re.compile(r"(?P<word>\w+)\s(?P<num>\d+)?", re.I)
t("pattern attrs", lambda: (c.pattern, c.groups, c.groupindex == {"word": 1, "num": 2}, c.flags & re.I != 0))
t("pattern repr", lambda: c)
t("pattern repr2", lambda: re.compile("a", re.M | re.S))
t("pattern repr3", lambda: re.compile("a"))
t("pattern search pos", lambda: c.search("abc 12 def 34", 5).group())
t("pattern match pos", lambda: (c.match("abc 12", 1).group(), c.match("abc 12", 0, 3).group()))
t("pattern fullmatch pos", lambda: re.compile(r"\d+").fullmatch("ab123cd", 2, 5).group())
t("pattern findall pos", lambda: re.compile(r"\d").findall("1234", 1, 3))
mo = re.search(r"(?P<a>x)(y)?(?P<c>z)", "wxzq")
t("mo group multi", lambda: mo.group(0, 1, "c"))
t("mo groups default", lambda: mo.groups("-"))
t("mo groupdict default", lambda: mo.groupdict("?"))
t("mo span", lambda: (mo.span(2), mo.start(2), mo.end("c"), mo.span("a")))
t("mo getitem", lambda: (mo[0], mo["a"], mo[2]))
t("mo lastindex", lambda: (mo.lastindex, mo.lastgroup))
t("mo pos", lambda: (mo.pos, mo.endpos, mo.string, mo.re.pattern))
t("mo expand", lambda: mo.expand(r"<\g<a>\3>"))
t("mo repr", lambda: mo)
t("mo bool", lambda: bool(mo))
t("mo bad group", lambda: mo.group(5))
t("mo bad name", lambda: mo.group("zz"))
t("lastindex none", lambda: re.match("a", "a").lastindex)
t("escape", lambda: re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q"))
t("flags", lambda: (re.IGNORECASE == re.I, re.MULTILINE == re.M, re.DOTALL == re.S, re.VERBOSE == re.X, int(re.I)))
t("flags repr", lambda: (re.I, re.M | re.I))
t("verbose", lambda: re.findall(r"""
    (\d{3})   # area
    [-\s]?    # sep
    (\d{4})   # num
    """, "555-1234 555 9876", re.VERBOSE))
t("verbose class", lambda: re.findall(r"[ #]x", " x#x", re.X))
t("ignorecase class", lambda: re.findall(r"[A-C]", "abcdABCD", re.I))
t("multiline dollar", lambda: re.findall(r"\w$", "a\nb\nc", re.M))
t("dotall", lambda: re.match(r".+", "a\nb", re.S).group())
t("mixed", lambda: re.search(r"a", b"a"))
t("purge", lambda: re.purge())
t("error class", lambda: issubclass(re.error, Exception))
for bad in ["(", ")", "[a", "a**", "*a", "(?P<1>a)", "(?P<a>a)(?P<a>b)", "\\", "a{2,1}", "(?<=a+)b", "[z-a]", "(?P=zz)",
            "\\9", "(?z)", "a)b", "(?P<n", "x{65536}", "(?#abc", "\\k", "[\\w-z]", "(?i", "+"]:
    try:
        re.compile(bad)
        print("compiled", repr(bad))
    except re.error as e:
        print("error", repr(bad), e, "|", e.msg, e.pos)
t("compile flags type", lambda: re.compile("a", "x"))
t("search type", lambda: re.search("a", 5))
t("cache same", lambda: re.compile("abc") is re.compile("abc") or True)
t("deep backtracking", lambda: re.match(r"(a+)+b", "a" * 18 + "b").span())
t("long alternation", lambda: re.findall(r"cat|dog|bird", "dog cat bird fish cat"))
t("nested groups", lambda: re.match(r"((a)(b(c)))", "abc").groups())
t("group in repeat", lambda: re.match(r"(?:(a)|(b))*", "abab").groups())
t("template ws", lambda: re.sub(r"\s+", " ", "  a \n b\t"))
t("split lookahead", lambda: re.split(r"(?=[A-Z])", "helloWorldFoo"))
t("finditer empty", lambda: [mo.span() for mo in re.finditer(r"\b", "ab cd")])
t("sub lookbehind", lambda: re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
t("backref ignorecase", lambda: re.match(r"(?i)(a)\1", "aA").group())
t("unicode case", lambda: re.match(r"(?i)é", "É").group())
t("class shorthand neg", lambda: re.findall(r"[^\d\s]+", "ab 12 cd3"))
t("class dash end", lambda: re.findall(r"[\w-]+", "a-b c"))
