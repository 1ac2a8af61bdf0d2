# upper / lower / title / capitalize / swapcase / casefold.
samples = ["hello World", "HELLO", "", "123abc", "o'neil's mcdonald", "ßtraße", "ǅungla", "ΣΙΣΥΦΟΣ",
           "ﬁne", "İstanbul", "hello-world_foo bar", "aBc DeF", "they're bill's", "a1b2c3", "ÉCOLE été",
           "x\ty\nz", "123", "ŉ", "straße"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print(len("ß".upper()), len("İ".lower()), "ß".upper() == "SS", "ﬁ".upper())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
