# Uncaught exception raised from a property getter and a __getitem__
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @property
    def width(self):
        return len(self.rows[0])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]


m = Matrix([[1, 2], [3, 4]])
print(m.width, m[1, 0])
print(m[2, 0])
