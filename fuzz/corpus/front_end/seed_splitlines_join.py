# splitlines and join.
samples = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r",
           "no newline at end", "trailing\r", "\r\n\r\n"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print(",".join(["a", "b", "c"]), "".join([]), "-".join(["x"]), " ".join("abc"))
print("::".join(("p", "q")), "".join(str(i) for i in range(10)), ", ".join({"k1": 1, "k2": 2}))
print("\n".join(["line1", "line2"]))
print("é".join(["ä", "ö", "ü"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join([b"a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("".join(["", "", ""])), repr(",".join(["", ""])))
