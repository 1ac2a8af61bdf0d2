# center / ljust / rjust / zfill.
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    for w in [0, 1, 4, 5, 8]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, ".")), repr(s.rjust(w)), repr(s.rjust(w, "é")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "++1", "日"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 6)])
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".rjust("5")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("abc".center(-3)), repr("ab".center(5, "-")), repr("abc".center(6, "-")), repr("abcd".center(7, "-")))
