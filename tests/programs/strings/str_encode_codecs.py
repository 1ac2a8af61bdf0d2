"""str.encode with the ascii/latin-1/utf-8 codecs, error handlers and bad arguments."""
for args in [('ascii',), ('latin-1',), ('utf-8',), ('ascii', 'ignore'), ('ascii', 'replace'), ('ascii', 'xmlcharrefreplace'),
             ('ascii', 'backslashreplace'), ('latin1', 'strict'), ('ASCII',), ('bogus',), ('ascii', 'bogus')]:
    for s in ['abc', 'caf\xe9', '\u20ac\u20acx\U0001f600', 'a\xe9\xe8b\u20ac']:
        try:
            print(args, repr(s), s.encode(*args))
        except (UnicodeError, LookupError) as e:
            print(args, repr(s), type(e).__name__, e)
print('x'.encode(encoding='ascii'), 'é'.encode(errors='strict'))
try:
    'x'.encode(5)
except TypeError as e:
    print(e)
