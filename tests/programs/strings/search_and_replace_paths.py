# str.replace returns the receiver when nothing changes (exact str only);
# substring search, split and partition on ASCII and non-ASCII text;
# `in` on a list reads the live list while __eq__ runs; tuple hashes.
s = "abc" * 3
print(s.replace("x", "y") is s, s.replace("a", "a") is s, s.replace("a", "z", 0) is s)
class S(str):
    pass
t = S("abc")
r = t.replace("x", "y")
print(type(r).__name__, r is t, r)
print("aaa".replace("aa", "b"), "aaaa".replace("aa", "b"), "a-b-c".replace("-", "+", 1))
print("héllo wörld".replace("ö", "oe"), "日本語日本".replace("本", "X"), "x".replace("", "-"))
print("<a href='x'>&amp;</a>".replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;"))
print("abcabc".replace("bc", "", -1), "abcabc".replace("abcabc", "z"), "ab".replace("abc", "z"))
print("".replace("", "x"), "".replace("a", "b"), "é".replace("", "|", 1))
print("🙂a🙂".replace("🙂", "☺"), "a\x00b".replace("\x00", "0"))
text = "日本語 and ascii, 日本 again: and end"
for sub in ["and", "日本", "", "end", "zz", "語 a", ":"]:
    print(repr(sub), text.find(sub), text.rfind(sub), text.count(sub), sub in text,
          text.find(sub, 3), text.rfind(sub, 0, 20), text.count(sub, 2, -2))
print("aaa".split("aa"), "a,b,,c,".split(","), "a,b,,c,".split(",", 2), "x".split("x"))
print("a::b::c".split("::", 0), "a::b::c".split("::", 1), "日本語日本".split("本"))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("日=本=語".partition("="), "日=本=語".rpartition("="))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
xs = [1, 2, 3, 4]
class Shrink:
    def __eq__(self, o):
        print("eq", o, len(xs))
        xs.pop()
        return False
print(Shrink() in xs, xs)
print(3 in (1, 2, 3), "b" in ["a", "b"], None in [], (1, 2) in [(1, 2)])
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()))
print(hash((1, 2)), hash((-1, 0)), hash((1.5, None is None)), hash(((), (1,))))
class H:
    def __hash__(self):
        print("hash called")
        return 7
print(hash((H(), H())) == hash((7, 7)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
d = {(i, i + 1): i for i in range(5)}
print(d[(3, 4)], (2, 3) in d, (9, 9) in d)
