# Iterating bytes, membership, equality, hashing, as dict keys.
b = b"\x00\x10\x7f\x80\xff"
for i, x in enumerate(b):
    print(i, x, hex(x), bytes([x]))
print(b"a" < b"b", b"" < b"\x00", b"\xff" > b"\x7f", b"abc" <= b"abc", b"abd" >= b"abc")
d = {b"one": 1, b"two": 2}
d[b"three"] = 3
print(d, d[b"two"], b"one" in d, "one" in d)
print(sorted([b"z", b"A", b"\x00", b"aa", b"a"]), max([b"ab", b"b"]), min(b"xyz"))
print(b"abc"[::-1] == b"cba", b"ab" != b"ba", b"1" == 1, b"" == b"")
print(b"hello".count(b"l"), b"hello".index(108), 108 in b"hello", b"ll" in b"hello", b"lo" not in b"hello")
print(bytes(10)[3:5], bytes(3) == b"\0\0\0", b"\x00".isalnum(), len(b"\xe6\x97\xa5"))
