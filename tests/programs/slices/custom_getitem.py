# A sequence class using slice.indices() to support slicing like list.
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        if key < 0:
            key += len(self.data)
        if not 0 <= key < len(self.data):
            raise IndexError("Seq index out of range")
        return self.data[key]
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq(range(10))
print(s[3], s[-1], s[2:5], s[::-1], s[::3], s[8:1:-2], s[-3:], s[:100], s[100:])
for args in [(None, None, -1), (1, None, 2), (-2, -8, -2)]:
    sl = slice(*args)
    print(sl, s[sl], list(range(10))[sl] == s[sl].data)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(list(s), list(s[1:4]), 5 in s, 11 in s)
