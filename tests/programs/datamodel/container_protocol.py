# __getitem__, __setitem__, __delitem__, __contains__, __len__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("  get", key)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
g = Grid(3, 2)
g[0, 1] = "X"
g[2, 0] = "O"
print(g[0, 1], g[1, 1], len(g), "X" in g, "Z" in g, "Z" not in g)
del g[0, 1]
print(len(g), "X" in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
g[1, 1] = "A"
g[1, 1] += "B"
print(g.cells)
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= 4:
            raise IndexError("end")
        return i * i
s = Seq()
print(s[2], s[1:3], s[::2], s[:], s[-1:])
print(list(s), 9 in s, 10 in s)
for v in s:
    print("iter via __getitem__", v)
a, b, *c = s
print(a, b, c)
class ReadOnly:
    def __getitem__(self, k):
        return k
ro = ReadOnly()
print(ro["anything"], ro[1, 2], ro[...])
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Nothing:
    pass
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
class KeyErr:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    KeyErr()["missing"]
except KeyError as e:
    print(type(e).__name__, e)
class Mapping:
    def __init__(self):
        self.d = {"a": 1, "b": 2}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k] * 100
print(dict(Mapping()), {**Mapping()})
