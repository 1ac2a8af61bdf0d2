from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(p == (1, 2), p + (3,), isinstance(p, tuple), type(p).__name__, Point.__name__)
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]))
x, y = p
print(x + y, hash(p) == hash((1, 2)), Point(y=3, x=4), p.count(1), p.index(2))
print(p[::-1], p[:1], max(p), sorted([Point(2, 1), Point(1, 5)]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'a, def, a, _b', rename=True)
print(R._fields, R(1, 2, 3, 4))
Single = namedtuple('Single', 'only')
print(Single(1), Single._make(['z']))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
print(Point.__doc__, Point.x.__doc__)
d = {Point(0, 0): 'origin'}
print(d[(0, 0)], d[Point(0, 0)])


class Sub(Point):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return 'Sub<%d,%d>' % self


s = Sub(3, -4)
print(s.norm, s, repr(s), s._replace(x=0))

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple('X', 'a a'), lambda: namedtuple('X', '_a'),
            lambda: namedtuple('X', 'class'), lambda: namedtuple('1X', 'a'),
            lambda: namedtuple('X', 'a b', defaults=[1, 2, 3]), lambda: setattr(p, 'x', 5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
