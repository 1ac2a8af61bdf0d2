# bytes split/strip/find edge cases.
samples = [b"", b" ", b"a b  c", b"  lead", b"trail  ", b"\t\n\x0b\x0c\r x", b",,", b"a,b,", b"\x00\x00"]
for s in samples:
    print(repr(s), s.split(), s.split(b","), s.rsplit(None, 1), s.split(b" ", 1), s.strip(), s.strip(b"\x00,"), s.splitlines())
print(b"abcabc".find(b"c", 3), b"abcabc".rfind(b"a", 0, 3), b"abcabc".count(b"bc", 1, 5), b"abc".find(b""), b"abc".rfind(b""))
print(b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"), b"x".center(4), b"xy".center(5, b"."), b"abc".expandtabs())
print(b"Hello World".istitle(), b"hello".isascii(), b"\x80".isascii(), b"ABC".isupper(), b"a1".isalnum(), b"".isspace())
print(b"one\ntwo\r\nthree".splitlines(True), b"a\rb".splitlines(), b"x\n\n".splitlines())
print(b"-".join([b"a"]), b"".join([b"x", bytearray(b"y"), b"z"]))
