import re

cases = [
    (r"abc", "xxabcxx"), (r"a.c", "a\nc abc"), (r"a.c", "a\nc", re.S), (r"^abc$", "abc"),
    (r"\d+", "ab 123 45"), (r"\D+", "12ab34"), (r"\w+", "  héllo_1 wörld"), (r"\W+", "ab, cd"),
    (r"\s+", "a \t\n b"), (r"\S+", "  xy  "), (r"[a-c]+", "xxabcbay"), (r"[^a-c]+", "abcxyzabc"),
    (r"[\d.]+", "v1.25x"), (r"[-a]+", "b-a-c"), (r"[a-]+", "-a-"), (r"[]a]+", "]a]b"), (r"[\]]", "x]"),
    (r"colou?r", "my color"), (r"ab*", "abbbbc"), (r"ab+?", "abbb"), (r"ab*?c", "abbbc"),
    (r"a{2}", "aaaa"), (r"a{2,3}", "aaaa"), (r"a{2,}", "aaaaa"), (r"a{,2}", "aaaa"), (r"a{2,3}?", "aaaa"),
    (r"x{1,", "x{1,"), (r"{", "a{b"), (r"(a)(b)?", "ac"), (r"(a|b)+", "abba!"), (r"(?:ab)+", "ababx"),
    (r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe"), (r"(?P<x>a)(?P=x)", "baab"), (r"(a)\1", "xaa"),
    (r"(\w)(\w)\2\1", "xabba"), (r"\bfoo\b", "a foo. foobar"), (r"\Bfoo", "afoo foo"), (r"\Aab", "ab"),
    (r"ab\Z", "ab\n"), (r"ab$", "ab\n"), (r"^b", "a\nb"), (r"^b", "a\nb", re.M), (r"a$", "a\nb", re.M),
    (r"foo(?=bar)", "foobaz foobar"), (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42"),
    (r"(?<!\$)\b\d+", "$42 17"), (r"(?<=ab|cd)x", "cdx"), (r"ABC", "xabc", re.I), (r"(?i)abc", "ABC"),
    (r"[a-z]+", "ABC def", re.I), (r"(?i:a)b", "Ab AB"), (r"a # comment\n b", "ab", re.X),
    (r"(?x) a  b  c  # spaces", "abc"), (r"[ ]", "a b", re.X), (r"a\ b", "a b", re.X),
    (r"(a*)*b", "aaab"), (r"(a*)+$", "aaa"), (r"(|a)+", "aa"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"\x41\u00e9\t", "Aé\t"), (r"\101", "A"), (r"[\x41-\x43]+", "ABCD"), (r"\.", "a.b"),
    (r"(?s).+", "a\nb"), (r"(?m)^\w", "a\nb\nc"), (r"(a)|(b)", "b"), (r"(?:(a)|b)+", "ab"),
    (r"(?P<n>a)?(?(n)b|c)", "ab c"), (r"(\d+)-(?(1)x|y)", "12-x"), (r"é+", "ÉÉé", re.I),
    (r"\w+", "abc", re.A), (r"\w+", "héllo", re.A), (r"[^\W\d]+", "ab12cd"), (r"[\s\S]+", "a\nb"),
    (r"a|b|c", "xxc"), (r"", "abc"), (r"x*", "abc"), (r"(?#comment)ab", "ab"), (r"[.]", "a.b"),
]
for case in cases:
    pat, s = case[0], case[1]
    flags = case[2] if len(case) > 2 else 0
    m = re.search(pat, s, flags)
    if m is None:
        print(repr(pat), None)
        continue
    print(repr(pat), repr(m), m.group(), m.groups(), m.span(), m.lastindex, m.lastgroup, m.groupdict())
    print("   ", re.findall(pat, s, flags), [x.span() for x in re.finditer(pat, s, flags)])
    print("   ", re.match(pat, s, flags), re.fullmatch(pat, s, flags) is not None)

m = re.match(r"(?P<a>\d+)\.(?P<b>\d+)(x)?", "3.14 rest")
print(m.group(0), m.group(1, 2), m.group("a", "b"), m["b"], m[0], m.start(2), m.end("a"), m.span(3))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict("?"), m.string, m.re, m.pos, m.endpos)
print(m.expand(r"\2.\1 [\g<a>] \g<0> \n"), m.regs, m.lastindex, m.lastgroup)
for bad in [lambda: m.group(5), lambda: m.group("zz"), lambda: m.start(-1)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)

p = re.compile(r"(\w+)@(\w+)\.com", re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.compile("(?P<k>x)").groupindex)
print(re.compile("a"), re.compile("a", re.I | re.M), re.compile("a", re.S | re.X), re.compile("(?i)a").flags)
print(re.compile("a", re.A).flags, re.compile("a").flags, re.I, re.M | re.S, re.I == 2, int(re.X), re.NOFLAG)
print(p.match("Bob@Example.com").groups(), p.search("to: ann@x.com, bo@y.com").group(2))
print(p.findall("ann@x.com, bo@y.com"), p.sub(r"\2 at \1", "ann@x.com, bo@y.com"))
print(p.match("  ann@x.com", 2), p.search("ann@x.com", 1), p.search("ann@x.com", 0, 5), p.fullmatch("a@b.comx", 0, 7))
print(re.compile(r"\d").match("a1", 1), re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile("a") is re.compile("a"), re.compile(p) is p, re.compile("a") == re.compile("a"))

print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333", count=2), re.subn(r"\d", "", "a1b2"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(a)", r"\g<1>0", "xa"), re.sub("a", r"\n\t\\", "a"), repr(re.sub("a", "\\0", "a")))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30"), re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"), re.sub(r"\b", "|", "ab cd"), re.sub("(a)|b", r"[\1]", "ab"), re.sub("a", "b", ""))
print(re.sub(r"\s+", " ", "  a   b \n c  ").strip(), re.sub("A", "x", "aA", flags=re.I), re.sub(r"\w", r"\\", "ab"))
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", "a b  c", maxsplit=1))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split("(a)|b", "1a2b3"), re.split(",", "a,b", -1))
print(re.split(r"(?=[A-Z])", "HelloWorldFoo"), re.split("", "ab"), re.split("z", "abc"), re.split("^", "a\nb", flags=re.M))
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.findall(r"\d*", "a12b"), re.findall("", "ab"), re.findall("(a)|b", "ab"))
print(re.escape("a.b*c+d?e(f)[g]{h}|i^j$k\\l m#n&o~p-q"), re.escape("hello_world123"), re.escape("é\t\n"))
print([m.group() for m in re.finditer(r"\w+", "one two  three")], list(re.finditer("a", "")))

errors = ["(a", "a)", "*a", "a**", "[a", "a\\q", "(?<x)", "(?P<1a>x)", "(?P=nope)", "\\2(a)",
          "(?P<a>x)(?P<a>y)", "[z-a]", "a{3,2}", "(?<=a*)b", "a(?i)b", "(?P<a", "(?P", "(?", "\\",
          "a|*", "(?i", "(?z)", "[]", "(?P<a>a)(?P=a", "^*", "\\b*", "ab\n(c", "a++b" if False else "a+*"]
for pat in errors:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
for t in ["\\9", "\\g<x>", "\\g<2>", "\\q", "\\g<", "\\g<1a>", "\\g"]:
    try:
        print(repr(re.sub("(a)", t, "xa")))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in [lambda: re.match("a", 5), lambda: re.compile(re.compile("a"), re.I), lambda: re.sub("a", 5, "a"),
            lambda: re.compile(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(re.error("x"), Exception), re.error("boom").msg, str(re.error("m", "pat", 1)))
print(type(re.compile("a")).__name__, type(re.match("a", "a")).__name__, bool(re.match("a", "a")))
