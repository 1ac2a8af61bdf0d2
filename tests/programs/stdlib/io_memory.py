import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\nlast'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(s.seek(0, 2), s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
for bad in [lambda: s.read(), lambda: s.write('x'), lambda: s.getvalue(), lambda: io.StringIO().write(b'x'),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO('abc').seek(1, 1), lambda: io.StringIO(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO('a\nb\nc') as f:
    print(f.readline(), f.readlines(), f.readline() == '')
print(f.closed)
t = io.StringIO('one\r\ntwo\rthree', newline=None)
print(repr(t.getvalue()), t.readlines())
print(io.StringIO('abcdef').readline(2), io.StringIO('x\ny').readlines(1))
w = io.StringIO()
w.writelines(['a', 'b\n', 'c'])
print(repr(w.getvalue()))
print(repr(io.StringIO('xyz').read(None)), repr(io.StringIO('xyz').read(-1)))
p = io.StringIO()
print('printed', 42, file=p)
print(repr(p.getvalue()))

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.readlines(), b.read())
b.seek(-2, 2)
print(b.read(), b.seek(1), b.seek(2, 1), b.tell())
b.write(b'ZZZZZZZ')
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b'!')
print(b.getvalue())
print(b.truncate(3), b.getvalue())
b2 = io.BytesIO()
print(b2.write(b'x'), b2.write(bytearray(b'yz')), b2.getvalue(), list(io.BytesIO(b'1\n2')))
for bad in [lambda: io.BytesIO().write('s'), lambda: io.BytesIO('s'), lambda: io.BytesIO().seek(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b'q') as bb:
    print(bb.read())
print(bb.closed)
for nl in ['', '\n', '\r', '\r\n', None]:
    f = io.StringIO(newline=nl)
    f.write('a\nb\r\nc\rd\n')
    print(repr(nl), repr(f.getvalue()), f.seek(0), f.readlines(), [len(x) for x in io.StringIO('x\r\ny\rz\n', newline=nl)])
try:
    io.StringIO(newline='x')
except ValueError as e:
    print('ValueError', e)
