# Argument binding errors of built-ins taking keywords (argument clinic messages).
for call in [lambda: pow(1, 2, 3, 4), lambda: pow(2, 3, mod=None), lambda: pow(exp=2, base=3), lambda: pow(2, base=3), lambda: pow(2, 3, x=1), lambda: str(b"a", "ascii", "strict", 1), lambda: str(object=5), lambda: str(b"x", foo=1), lambda: b"a".decode("ascii", "strict", 1), lambda: "a".encode(encoding="ascii", errors="strict"), lambda: bytes.maketrans(b"a"), lambda: b"a".translate()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
