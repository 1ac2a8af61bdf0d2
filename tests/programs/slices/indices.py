# slice.indices() normalization.
cases = [slice(None), slice(None, None, -1), slice(2, 8), slice(-3, None), slice(None, -3), slice(-100, 100),
         slice(100, -100, -1), slice(5, 2), slice(5, 2, -1), slice(0, 10, 3), slice(None, None, 2), slice(-1, None, -2),
         slice(3, 3), slice(-20, -15), slice(15, 20), slice(None, 0, -1), slice(0, None, -1)]
for length in [0, 1, 5, 10]:
    for s in cases:
        idx = s.indices(length)
        print(length, s, idx, len(range(*idx)), list(range(*idx)) == list(range(length))[s])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(10**20, -(10**20), -(10**19)).indices(7))
