# range equality compares the sequences, not the arguments.
pairs = [(range(0), range(5, 5)), (range(0), range(0, -5)), (range(1, 10, 3), range(1, 11, 3)), (range(1, 10, 3), range(1, 8, 3)),
         (range(5), range(0, 5, 1)), (range(2, 3, 100), range(2, 4, 50)), (range(3, 0, -1), range(3, -1, -1)), (range(10), range(10, 0, -1))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else "-")
d = {range(0, 3): "three"}
print(d[range(3)], range(3) in d, range(0, 3, 1) in d, range(1, 3) in d)
print(len({range(0), range(5, 5), range(1), range(1, 2), range(0, 1)}))
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(range(3) == (0, 1, 2), list(range(3)) == [0, 1, 2], tuple(range(3)) == (0, 1, 2))
