import re

# Verbose patterns, multi-line errors, scoped flags.
phone = re.compile(r"""
    ^\(?(?P<area>\d{3})\)?   # area code
    [\s.-]?(?P<ex>\d{3})     # exchange
    [\s.-]?(?P<num>\d{4})$   # number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = phone.match(s)
    print(s, m and m.groupdict())
try:
    re.compile("abc\n(def\nghi")
except re.error as e:
    print(e, "|", e.lineno, e.colno, e.pos)
try:
    re.compile("a\nb)")
except re.error as e:
    print(e, "|", e.lineno, e.colno)

print(re.findall(r"(?i:A)a", "aa Aa AA aA"), re.findall(r"(?-i:a)b", "ab Ab aB", re.I))
print(re.findall(r"(?m:^x)", "x\nx"), re.findall(r"(?s:.)", "\n"), re.findall(r"(?x: a b )c", "abc"))
print(re.match(r"(?a)\w+", "abcé").group(), re.match(r"\w+", "abcé").group())

# Lookarounds and backreferences.
print(re.findall(r"(?<=[^\d])\d{2}(?!\d)", "a12 345 b67"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat down"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\"").group())
print(re.findall(r"(?<!\w)@\w+", "a@b @cd e @f"), re.match(r"(?=.*\d)(?=.*[a-z]).{6,}", "abc123"), re.match(r"(?!abc)\w+", "abd"))
print(re.search(r"(a)(?=(b))", "ab").groups(), re.search(r"(?<=(a))b", "ab").groups(), re.match(r"(?:(a)|b)\1?", "b"))
print(re.match(r"(a)?(?(1)b|c)", "c").group(), re.fullmatch(r"(<)?\w+(?(1)>)", "<abc>"), re.fullmatch(r"(<)?\w+(?(1)>)", "<abc"))

# Case-insensitive backreferences, classes and ranges.
print(re.match(r"(a)\1", "aA", re.I), re.findall(r"[A-Z]", "aBc", re.I), re.findall(r"[^a-z]", "aBc1", re.I))
print(re.findall(r"[\w-]+", "foo-bar baz_1"), re.findall(r"[^\s,]+", "a, b,c"), re.findall(r"[\\/]", "a\\b/c"))
print(re.findall(r"[\t\n]", "a\tb\nc"), re.findall(r"[0-9a-fA-F]+", "0x1F zz beef"), re.findall(r"[.^$*+?{}()|]", "a.^$b"))

# Greedy vs lazy, nested quantifiers, alternation order.
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group(), re.match(r"(a|ab)(c|bcd)", "abcd").groups())
print(re.findall(r"a{2,3}?", "aaaaaaa"), re.findall(r"(?:ab){2}", "abababab"), re.match(r"(a+)(a+)", "aaaa").groups())
print(re.match(r"(a*?)(a*)", "aaa").groups(), re.match(r"(x?)*y", "xxy").groups(), re.match(r"(\w+?)(\d*)$", "abc123").groups())
print(re.match(r"(?:a|b|c)+?c", "abcbc").group(), re.match(r"(a|b)*", "abab").group(1), re.match(r"((a)|(b))+", "ab").groups())

# sub/split details.
print(re.sub(r"(\d)", r"<\1>", "a1b2"), re.sub(r"x", r"\\n", "x"), re.sub("(?P<d>\\d)", "\\g<d>\\g<d>", "1a2"))
print(re.sub("a", lambda m: m.group().upper() * 2, "banana", 2), re.subn("(a)(b)?", r"[\2]", "ab a"))
print(re.split(r"[,;]\s*", "a,b; c;d", 2), re.split("(?P<sep>[,;])", "a,b;c"), re.split(r"(\s)?,", "a ,b,c"))
print(re.sub(r"^", ">", "a\nb", flags=re.M), re.sub(r"$", "<", "a\nb\n", flags=re.M), re.sub(r"$", "<", "a\n"))
print(re.sub(r"\B", "-", "abc"), re.sub("(?=b)", "^", "abab"), re.findall(r"\b\w", "hello big world"))

# Match object details.
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?", "on 2024-05 ok")
print(m, m.span("y"), m.start("d"), m.end("d"), m.groupdict(), m.lastgroup, m.lastindex, m.group("y", 2))
print(m.expand(r"\g<m>/\g<y>"), m.expand(r"[\g<d>]"), m.re.pattern, m.string, m.pos, m.endpos)
m2 = re.compile(r"\w+").search("  hello world", 3, 9)
print(m2, m2.pos, m2.endpos, re.compile(r"$").search("abc", 0, 2).span())
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)|b", "b").lastindex)

# escape round-trips and special characters.
for s in ["a.b", "[x]", "1+1=2", "tab\there", "(?P<x>)", "^$|\\"]:
    print(repr(s), bool(re.fullmatch(re.escape(s), s)), re.escape(s))

# Atomic groups and possessive quantifiers (new in 3.11).
for pat, s in [("a++b", "aaab"), ("a++a", "aaaa"), ("(?>a+)b", "aab"), ("(?>a|ab)c", "abc"), ("(?>a|ab)c", "ac"),
               ("x*+", "xxx"), ("(\\w)++", "abc"), ("a{1,2}+a", "aaa"), ("(?>(a)+)\\1", "aaa"), ("a?+a", "a"),
               ("[ab]*+c", "ababc"), ("\\d++\\.", "12.5"), ("(?>.*?x)y", "axxy")]:
    m = re.search(pat, s)
    print(pat, m and (m.span(), m.groups()), re.findall(pat, s))
try:
    re.compile("a{1,3}+{2}")
except re.error as e:
    print(e)
