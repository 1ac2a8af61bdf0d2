# bytearray basics.
ba = bytearray(b"abc")
print(ba, len(ba), ba[0], ba[-1], ba[1:], type(ba[1:]).__name__)
ba.append(100)
print(ba)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba)
ba[0] = 65
ba[-1] = 72
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba += b"!!"
print(ba, bytes(ba), ba == bytes(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(1, 33)
print(ba)
ba.remove(33)
print(ba)
ba.reverse()
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"x") * 3)
for bad in [256, -1]:
    try:
        ba[0] = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ba.append(300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
c = bytearray(b"hello world")
print(c.upper(), c.split(), c.replace(b"o", b"0"), c.find(b"wor"), c.decode(), c.hex(), c.count(b"l"), c.copy())
c.clear()
print(c, len(c))
print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), list(bytearray(b"\x00\x01")))
print(repr(bytearray(b"'\"\n")), bytearray.fromhex("ff 00"))
