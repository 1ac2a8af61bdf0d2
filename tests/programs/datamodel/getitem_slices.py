# __getitem__ receiving slice objects, tuples, and negative indices
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[-1], r[1:2], r[:], r[::], r[1:], r[:2], r[::3], r[1:2:3])
print(r[1, 2], r[1:2, 3], r[:, :], r[..., 0], r[()], r[(1,)], r["k"])
s = r[1:10:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(5))
class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Vec(*self.items[idx])
        if isinstance(idx, int):
            if idx < 0:
                idx += len(self)
            if not 0 <= idx < len(self):
                raise IndexError("Vec index out of range")
            return self.items[idx]
        raise TypeError(f"Vec indices must be int or slice, not {type(idx).__name__}")
    def __setitem__(self, idx, value):
        if isinstance(idx, slice):
            self.items[idx] = value
        else:
            self.items[idx] = value
    def __delitem__(self, idx):
        del self.items[idx]
    def __repr__(self):
        return f"Vec{tuple(self.items)}"
v = Vec(*range(10))
print(v[3], v[-1], v[2:5], v[::-3], v[-3:], v[8:2:-2])
for bad in [10, -11, "x", 1.0]:
    try:
        v[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
v[0] = "zero"
v[1:3] = ["a", "b", "c"]
print(v)
del v[::2]
print(v)
del v[-1]
print(v, len(v))
print(list(v), [x for x in v])
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1, 2], m[0, -1], m[:, 0], m[1:, 1:], m[::2, ::2])
