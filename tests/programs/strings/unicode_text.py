# Non-ASCII text: lengths, code points, ord/chr, case of non-ASCII.
texts = ["café", "naïve", "日本語", "Ελληνικά", "русский", "emoji 😀!", "a\u0301", "\U0001F600\U0001F601", "\x00\x7f\x80\xff"]
for t in texts:
    print(repr(t), len(t), [ord(c) for c in t], t.upper(), t.lower(), t[::-1])
print(chr(65), chr(0xe9), chr(0x65e5), chr(0x1F600), chr(0), repr(chr(10)), repr(chr(0x7f)), repr(chr(0x80)), repr(chr(0xa0)))
print(ord("a"), ord("é"), ord("日"), ord("😀"), ord("\n"), ord("\U0010FFFF"))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print("straße".upper(), "ÀÉÎÕÜ".lower(), "éa" < "eb", "é" > "z", sorted(["é", "e", "z", "É", "a"]))
s = ""
for cp in range(0x3b1, 0x3ca):
    s += chr(cp)
print(s, s.upper(), len(s.encode("utf-8")))
print("日本" * 3, "日" in "日本", "本日" in "日本", "日本".index("本"), "x日y".split("日"))
print(max("héllo"), min("héllo"), sorted("日本語abc"))
print("\u00e9" == "é", "\xe9", "\U0001F600" == "😀")
