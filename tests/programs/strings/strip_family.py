# strip / lstrip / rstrip with and without chars; removeprefix/removesuffix.
samples = ["  hello  ", "\t\n hi \r\n", "", "   ", "xxhixx", "abcHELLOcba", "hello", "\u3000wide\u3000", "\x1c\x1dsep\x1e\x1f"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("   ", repr(s.strip("x")), repr(s.strip("abc")), repr(s.lstrip("ab")), repr(s.rstrip("ca")), repr(s.strip("")), repr(s.strip(None)))
print(repr("www.example.com".strip("cmowz.")), repr("mississippi".strip("mis")), repr("aaa".strip("a")))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "body.py".removesuffix(".py"),
      "body.py".removesuffix(".txt"), repr("".removeprefix("")), "aa".removeprefix("a"), "x".removesuffix(""))
try:
    " a ".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
