# bytes literals
print(b'abc', B"abc", b'''tri''', b"""ple""")
print(br'\n raw', rb'\x00', Rb"\\", bR'x')
print(b'\x00\x01\xff', b'\n\t\r', b'\\', b"'", b'"', b'\'"')
print(list(b'\x00\x7f\x80\xff'))
print(b'A'[0], b'abc'[1:], b'abc'[-1], b'abc'[::-1])
print(len(b''), len(b'\x00'), len(rb'\x00'))
print(b'a' b'b' B'c')
print(b'hello' == b'hello', b'a' < b'b', b'ab' + b'cd', b'ab' * 3)
print(repr(b'\x7f'), repr(b'\x20'), repr(b'\x1b[0m'))
print(bytes(3), bytes([65, 66]), bytes(range(5)))
print(b'abc'.decode(), 'héllo'.encode(), 'héllo'.encode('utf-8').decode('utf-8'))
print(b'\101\102', b'\0', b'\7')
print(type(b'').__name__, isinstance(b'', bytes))
print(b'x' in b'xyz', 120 in b'xyz', b'yz' in b'xyz')
print(bytearray(b'abc'), bytearray(b'\x00'))
ba = bytearray(b'hello')
ba[0] = 72
print(ba, bytes(ba))
print(b'a,b,c'.split(b','), b'-'.join([b'x', b'y']))
print(b'Hello'.upper(), b'Hello'.lower(), hex(b'\x01'[0]))
try:
    b'abc'[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b'%d-%s' % (5, b'x'))
