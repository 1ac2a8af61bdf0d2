# encode / decode UTF-8 basics and errors.
for s in ["hello", "café", "日本語", "😀", "", "a\x00b", "\x7f\x80"]:
    b = s.encode("utf-8")
    print(repr(s), b, len(b), b.decode("utf-8") == s, s.encode() == b, list(b))
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"), "é".encode("utf8"), "é".encode("UTF-8"))
try:
    "é".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), "é日".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"\xe9t\xe9".decode("latin-1"), bytes([195, 169]).decode(), str(b"\xc3\xa9", "utf-8"))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
print(str(b"abc"), str(b"abc", "ascii"), repr(str(bytearray(b"x"))))
