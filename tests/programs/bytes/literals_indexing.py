# bytes literals, indexing gives ints, slicing, repr.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[5], type(b[0]).__name__)
print(b[1:4], b[::-1], b[::2], b[-3:], b[10:], type(b[1:2]).__name__)
print(list(b), [x for x in b"AB"], tuple(b"\x01\x02"))
for lit in [b"", b"'", b'"', b"'\"", b"\t\n\r", b"\\", b"\x7f\x80", b"abc\x1b", rb"raw\n", b"\x00" * 3, bytes(range(0x20, 0x30))]:
    print(repr(lit), len(lit))
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" in b"abc", 97 in b"abc", b"" in b"x")
try:
    print(b"a" + "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("b" + b"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(256 in b"abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("a" in b"abc")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == "abc", sorted([b"b", b"a", b"ab"]))
print(b"\x41\x42", b"\101", bytes(b"copy"), b"a" b"b")
