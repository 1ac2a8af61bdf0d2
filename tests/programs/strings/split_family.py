# str.split / rsplit with and without sep and maxsplit.
samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",a,", "\ta\nb\x0bc\x0cd\re  f",
           "x--y--z", "--", "a\u3000b\u00a0c"]
for s in samples:
    print(repr(s))
    print("  split()", s.split())
    print("  split(None,1)", s.split(None, 1), s.rsplit(None, 1))
    print("  split(',')", s.split(","), s.rsplit(","))
    print("  split(',',1)", s.split(",", 1), s.rsplit(",", 1))
    print("  split('--')", s.split("--"), s.rsplit("--", 1))
    print("  split(' ')", s.split(" "), s.split(" ", 2), s.rsplit(" ", 2))
    print("  maxsplit=0", s.split(maxsplit=0), s.split(",", 0), s.rsplit(maxsplit=0))
    print("  maxsplit=-1", s.split(sep=",", maxsplit=-1), s.rsplit(sep=None, maxsplit=-1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"), "abcabc".split("abc"))
print("1 2 3 4 5".split(" ", 2), "1 2 3 4 5".rsplit(" ", 2))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
