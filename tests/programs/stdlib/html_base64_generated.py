"""html.unescape and base64/binascii decoding on generated inputs (valid and malformed)."""
import html
import base64
import binascii

seed = 11


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


parts = ['&', 'amp', ';', '#', 'x', 'X', '1', '9', '0', 'a', 'f', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'eacute',
         'notin', 'not', 'AElig', 'frac12', ' ', '<', '\n', '&#', '&#x', 'zz', 'hellip', 'euro', '128', '65']
for case in range(120):
    s = ''.join(parts[rnd(len(parts))] for _ in range(rnd(12) + 1))
    print(case, repr(s), repr(html.unescape(s)), html.escape(s, quote=rnd(2) == 0))

alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n$'
for case in range(120):
    s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(14)))
    for validate in (False, True):
        try:
            print(case, repr(s), validate, base64.b64decode(s, validate=validate))
        except binascii.Error as e:
            print(case, repr(s), validate, 'Error', e)
    data = bytes(rnd(256) for _ in range(rnd(12)))
    enc = base64.b32encode(data)
    assert base64.b32decode(enc) == data
    assert base64.b64decode(base64.b64encode(data)) == data
    print(enc, base64.b16encode(data), base64.urlsafe_b64encode(data), binascii.crc32(data))
    try:
        print(base64.b32decode(s.upper().replace('+', 'A')))
    except binascii.Error as e:
        print('b32 Error', e)
