# expandtabs.
samples = ["a\tb", "\t", "ab\tcd\tef", "12345678\tx", "1234567\tx", "a\nb\tc", "a\r\tb", "\t\t", "no tabs", "日\t本"]
for s in samples:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-2)), repr(s.expandtabs(tabsize=3)))
