import base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd']:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b16encode(data))
    print(base64.urlsafe_b64encode(data), base64.b32decode(base64.b32encode(data)) == data,
          base64.b16decode(base64.b16encode(data)) == data, base64.b32hexencode(data))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.urlsafe_b64decode('-_8='), base64.standard_b64encode(b'hi'), base64.standard_b64decode(b'aGk='))
print(base64.b64decode('aGVs bG8=\n'), base64.b64decode(b'aGVsbG8'+b'=' * 3), base64.b64decode('aGVsbG8=aGk='))
print(base64.b16decode('ff', casefold=True), base64.b32decode('me======', casefold=True))
print(base64.b32decode('MZXW6===', map01=None), base64.b32decode('0O======', map01='L'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.crc32(b'hello world'))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('ab$c', validate=True),
            lambda: base64.b64encode('str'), lambda: base64.b64decode('\xe9'), lambda: base64.b32decode('abc'),
            lambda: base64.b32decode('MZXW6==='.lower()), lambda: base64.b16decode('0g'), lambda: base64.b16decode('abc'),
            lambda: base64.b16decode('ABC'), lambda: base64.b64decode(5), lambda: base64.b64decode('ab==c', validate=True),
            lambda: base64.b64decode('=abc', validate=True), lambda: base64.b32decode('MZXW6=1=')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
