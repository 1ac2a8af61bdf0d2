# UTF-16 and UTF-32 codecs: BOMs, byte orders, and their decoding errors.
for b in [b'a', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc', b'\xff\xfea', b'a\x00\x00', b'\xfe\xff\x00a', b'\x3d\xd8\x00\xde', b'\x00\xd8\x00\xd8\x00\xdc']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf_32_be']:
        for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
            try:
                print(enc, h, repr(b.decode(enc, h)))
            except UnicodeDecodeError as e:
                print(enc, h, e)
print('a😀'.encode('utf-16'), 'a😀'.encode('utf-16-be'), 'a'.encode('utf-32'), 'a'.encode('utf_32_be'), 'é😀'.encode('UTF-16LE'))
print(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), b'\x00\x00\x11\x00'.decode('utf-32-le', 'replace'), b'\x00\xd8\x00\x00'.decode('utf-32-le', 'replace'))
for s in ["", "abc", "日本語😀"]:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
        assert s.encode(enc).decode(enc) == s
try:
    b'\x00\xd8\x00\x00'.decode('utf-32-le')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
