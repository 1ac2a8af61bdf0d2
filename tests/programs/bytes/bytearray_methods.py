# More bytearray methods and slice assignment.
ba = bytearray(b"hello world")
ba[0:5] = b"HOWDY"
print(ba)
ba[6:] = bytearray(b"there!")
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[1::2]
print(ba, len(ba))
ba = bytearray(b"  padded  ")
print(ba.strip(), ba.lstrip(), ba.rstrip(), ba.upper(), ba.title(), ba.startswith(b"  p"), ba.endswith(b"x"))
print(ba.split(), ba.strip().split(b"d"), ba.count(b" "), ba.index(b"d"), ba.rfind(b"d"), ba.find(b"z"))
ba.extend(range(65, 70))
print(ba, ba[-1], ba.pop(), ba)
ba2 = bytearray(3)
ba2[1] = 255
print(ba2, list(ba2), ba2 == b"\x00\xff\x00", ba2.hex())
ba3 = bytearray(b"abc")
ba3 *= 2
print(ba3, ba3 + b"!", b"x" * 2 + ba3[:1])
ba3[:] = b""
print(ba3, len(ba3), bool(ba3))
for bad in [lambda: ba2.__setitem__(slice(0, 1), [300]), lambda: ba2.extend([1, "a"]), lambda: ba2.remove(99), lambda: ba2.index(b"zz"), lambda: ba2.insert(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytearray(b"Ab").swapcase(), bytearray(b"a,b").partition(b","), bytearray(b"x").join([b"1", b"2"]), bytearray(b"7").zfill(3))
