# Slicing consistency across list, tuple, str, range, bytes.
seqs = [list(range(7)), tuple(range(7)), "abcdefg", range(7), b"ABCDEFG", bytearray(b"hijklmn")]
specs = [(None, None, None), (1, 5, None), (-2, None, None), (None, None, -1), (5, 1, -2), (None, None, 3), (-100, 100, 2), (6, None, -4)]
for s in seqs:
    out = []
    for a, b, c in specs:
        out.append(s[a:b:c])
    print(type(s).__name__, out)
for s in seqs:
    print(type(s).__name__, s[::-1] == s[slice(None, None, -1)], len(s[::2]), s[-1], s[0])
