# bytes methods.
b = b"  Hello, World! Hello!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b"xxaxx".strip(b"x"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.split(), b.split(b","), b.split(b"Hello"), b.split(None, 1), b.rsplit(None, 1), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", bytearray(b"y"))))
print(b.find(b"Hello"), b.rfind(b"Hello"), b.find(b"zz"), b.index(b"World"), b.count(b"l"), b.count(b"Hello"), b.find(72), b.count(108))
print(b.replace(b"Hello", b"Bye"), b.replace(b"Hello", b"Bye", 1), b.replace(b"l", b""))
print(b.startswith(b"  H"), b.endswith(b"  "), b.startswith((b"x", b"  ")), b"abc".endswith(b"bc", 0, 3))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isalpha())
print(b"a-b".partition(b"-"), b"a-b-c".rpartition(b"-"), b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5))
print(b"line1\nline2\r\n".splitlines(), b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"Hello".hex())
try:
    b.index(b"zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".replace("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(b"%s and %d" % (b"x", 5), b"%05.1f|%-4s|" % (2.25, b"ab"), b"%c%c" % (65, b"B"), b"%x" % 255)
