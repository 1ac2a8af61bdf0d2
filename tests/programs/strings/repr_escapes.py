# repr of strings: quote choice and escapes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "back\\slash", "tab\there", "new\nline",
           "cr\rret", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ü ß", "日本", "😀", "\u200b\u2028\ufeff",
           "\U000e0001", "x", "'\"", "\a\b\f\v", "\\n", "'", '"', "\x1b[0m", "\u0300",
           "\U0010ffff", "\ue000", "\u00a0"]
for s in samples:
    print(repr(s), len(repr(s)), str(s) == s)
print(repr(["a'b", 'c"d']), repr(("x\n",)), repr({"k\t": "v\\"}))
print(ascii("é日😀\n'"), ascii("plain"), ascii(['ü']), ascii({"ß": 1}))
print(r"raw\n\t", r'raw\'q', len(r"\n"), "\101\x41\u0041\U00000041", "\0", repr("\0"))
print("""triple "quoted" 'string'""", '''another
line''')
print("adjacent" " literals" ' joined')
