# startswith / endswith with tuples and ranges.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.endswith("world"), s.endswith("ld"), s.endswith(""))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("orld", "zz")), s.startswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.endswith("hello", 0, 5), s.endswith("hell", 0, 5))
print(s.startswith("o", -5), s.endswith("o", -8, -6), s.startswith("", 11), s.startswith("", 12), s.endswith("", 12))
print(s.startswith("h", -100), s.endswith("d", 0, 100), s.startswith(("lo", "el"), 1), s.endswith(("hel", "ell"), 0, 4))
print("".startswith(""), "".endswith("a"), "abc".startswith("abcd"), "abc".endswith("abc"))
for bad in [1, ["a"], ("a", 1)]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(None)
except TypeError as e:
    print(type(e).__name__, e)
print("日本語".startswith("日"), "日本語".endswith("語"), "日本語".startswith("本", 1))
