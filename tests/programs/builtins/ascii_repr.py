# ascii() and repr().
for v in ["abc", "é", "日本", "😀", "\n\t", "'", "\"'", 42, 1.5, None, True, [1, "ü"], ("ß",), {"k": "ö"}, {"é"}, b"\xe9"]:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), ascii([R()]), str(R()))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr("x")), ascii(ascii("é")), len(ascii("\U0001F600")), ascii("\x7f\x80"))
print(repr(...), repr(NotImplemented), repr(int), repr(abs), repr(ValueError("x")), repr(range(2)))
