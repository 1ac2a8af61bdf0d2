# is* predicates.
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "12.3", "-1", "abc123", " ", " \t\n", "\x0b\x0c\x1c",
           "Hello World", "Hello world", "HELLO WORLD", "hello world", "Ab Cd", "ABc", "_id", "id_1",
           "1id", "class", "é", "日本", "²", "½", "٣", "Ⅻ", "ǅ", "ß", "\u3000", "a b", "A1", "1A", "a_b",
           "Σ", "Hello1World", "ⅰ"]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    res = []
    for n in names:
        res.append("T" if getattr(s, n)() else ".")
    print(repr(s).ljust(16), "".join(res))
print(names)
print("\n".isprintable(), "\x7f".isprintable(), "a\tb".isprintable(), "é".isascii(), "".isascii())
