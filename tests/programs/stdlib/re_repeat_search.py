"""re: greedy single-character repeats (backtracking into them, the
literal that follows them), and the search shortcuts (first-character
filter, literal prefix, required character, anchors), on ASCII and
non-ASCII subjects."""
import re

cases = [
    (r"a+b", "aaab xaab ab b"),
    (r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)", "mail bob.x+y@ex-ample.org, é@日本.jp now"),
    (r"x*y", "xxxy xy y"),
    (r"\d{2,4}", "1 12 123 12345 1234567"),
    (r"\d{3}", "12 1234 56789"),
    (r"[^\"]*\"", 'abc"def"gh'),
    (r".*:", "a:b:c\nd:e"),
    (r".{2,3}x", "abx abcx abcdx\nx"),
    (r"(?s).{2}\n", "ab\ncd\n\n"),
    (r"(a|b)+c", "ababc abx c"),
    (r"\s+|\"", 'a  b"c\td'),
    (r"[a-z]+\d*", "abc12 XYZ q9 é7"),
    (r"(?i)k+", "Kk\u212ak x"),
    (r"(?i)[a-c]+", "AbCd\u212a"),
    (r"é+ü", "éééü éü ü"),
    (r"日*本", "日日本 本"),
    (r"a{0}b", "ab b"),
    (r"(\w+)\s\1", "the the cat cat"),
    (r"\w+(?=!)", "hi! there!"),
    (r"(?<=\$)\d+", "cost $45 and $7"),
    (r"^\w+", "first line\nsecond"),
    (r"(?m)^\w+", "first line\nsecond"),
    (r"\Aab", "abab"),
    (r"ab$", "abab"),
    (r"a*", "baaac"),
    (r"x?", "axb"),
    (r"(?:ab)*c", "ababc c abc"),
    (r"b*?a", "bba"),
    (r"[\d:]+ [+-]\d{4}", "12:30:00 +0000 x 1:2 -0130"),
    (r"bot|crawler|spider", "A Bot, a CRAWLER and a spIder"),
    (r"(\w+)-\1", "ab-b xy-xy"),
    (r"\w+(?=\d-)", "abc1- zz"),
    (r"[a-z]+\d", "abc abc1 q2"),
    (r"(?s).+x", "abxcd\nx"),
    (r"\w{2,}z", "abcz qz wwz"),
    (r"\w+(?<=b)c", "abcabc"),
    (r"(\d\d):(\d\d)", "1:2 12:34:56 7:89 00:0"),
    (r"a.c", "abc a\nc axcabc"),
    (r"\w{3}-x", "ab-x abc-x abcd-x é日本-x"),
    (r".é", "éé aé é"),
    (r"(?i)[a-z]{2}:", "Ab: ZZ:q x:"),
]
for pat, text in cases:
    rx = re.compile(pat)
    print(pat, rx.findall(text), [m.span() for m in rx.finditer(text)])
    m = rx.search(text)
    print("  search", m.span() if m else None, "match", bool(rx.match(text)),
          "fullmatch", bool(rx.fullmatch(text)))
    print("  sub", rx.sub("<>", text), rx.split(text))

rx = re.compile(r"a")
print([(m.pos, m.endpos, m.span()) for m in rx.finditer("xaaa", 1, 3)])
print(rx.findall("aaaa", 1, 3), re.compile(r"\w+").findall("ab cd ef", 2, 6))
print(re.compile(r"^a").search("aa", 1), re.compile(r"^a").findall("aa\na"))
print(re.compile(r"(?m)^a").findall("aa\na"), re.compile(r"\Aa").findall("aaa"))
print(re.compile(r"(\d+)-(\d+)").findall("1-2 33-44 5-"))
print(re.compile(r"a@b").search("a@c a@b"), re.compile(r"x@y").search("no at sign"))
print(re.compile(r"k", re.I).findall("K k \u212a"), re.compile(r"é+", re.I).findall("ÉéE"))
long_text = "é" * 300 + "abc@d.org " + "日本" * 200 + "x1@y.z"
print([m.span() for m in re.finditer(r"(\w+)@(\w+)\.(\w+)", long_text)])
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "é1 日22 x333"))

# split/sub/subn/findall build their results from the match registers.
print(re.sub("a", lambda m: None, "abca"), re.sub("a", lambda m: m.group() * 2 + str(m.pos) + str(m.endpos), "xaa"))
print(re.split(r"(a)|b", "xaybz"), re.split(r"x*", "axbc"), re.split("a", "bab", -1), re.split(r"(\d)", "a1b2c", 1))
print(re.subn(r"(\w)(\d)?", r"<\1\2>", "a1 b", 1), [m.span() for m in re.finditer(r"\b", "a b")])
print(re.findall(r"(a)|(b)", "ab"), re.findall(r"(a)(x)?", "aa"), re.findall(r"", "ab"))
print(re.sub(r"x*", "-", "abxd"), re.subn(r"\s+", " ", " a  b\t\nc "), re.split(r"\s+|\"", 'a "b"  c'))
print(re.sub(r"é", "e", "éaé"), re.split(r"日", "a日b日"), re.sub(r"(\d+)", r"[\1]", "a12b3", count=1))
try:
    re.sub("a", lambda m: 5, "abc")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", 5, "abc")
except TypeError as e:
    print("TypeError", e)
calls = []
try:
    re.sub(r"\d", lambda m: calls.append(m.group()) or int(m.group()), "a1b2")
except TypeError as e:
    print("TypeError", e, calls)
