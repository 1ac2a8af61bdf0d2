# maketrans / translate, format_map, and other less common methods.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print(sorted(t3.items()), "axbyczAB".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "日本".translate({ord("日"): "月"}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
print("{a} {b}".format_map({"a": 1, "b": [2]}))
print("abc".isascii(), "Hello".swapcase(), "  x ".isspace(), "".join(sorted("banana")))
print("a-b-c".count("-"), "abc".encode(), "x".zfill(3), "title case words".title())
print(str.lower("ABC"), str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.strip("  z  "))
print(list(map(str.upper, ["x", "y"])), sorted(["b", "A", "c"], key=str.lower))
print("%s" % "x".center(5, "."), "abc".__getitem__(1), "abc".__len__())
s = "The quick brown fox"
words = s.split()
print(words, [w[::-1] for w in words], " ".join(w.capitalize() for w in s.lower().split()))
print(len(s), s.count("o"), s.find("quick"), s.upper().lower() == s.lower())
