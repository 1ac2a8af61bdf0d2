# bytes() constructor forms.
print(bytes(), bytes(0), bytes(5), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)), bytes(b"xyz"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(bytearray(b"ba")), bytes(iter([1, 2])))
for bad in [[256], [-1], ["a"], [1.0]]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b"))
for bad in ["abc", "0g", "1 2"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(b"Hello".hex(), b"".hex(), b"\x00\xff".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2))
print(list(bytes(3)), bytes([0x7f]) == b"\x7f", len(bytes(100)))
