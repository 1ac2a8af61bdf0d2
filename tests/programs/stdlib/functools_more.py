import functools
from functools import cached_property, singledispatch


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        """The area."""
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__, Circle.area.__doc__)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area)


@singledispatch
def show(x):
    return 'object ' + repr(x)


@show.register(int)
def _(x):
    return 'int %d' % x


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


def show_str(x):
    return 'str ' + x


show.register(str, show_str)
print(show(1), show(True), show('s'), show([1, 2]), show(1.5), show(None))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '?', show.__name__)


class Base:
    pass


class Derived(Base):
    pass


@show.register(Base)
def _(x):
    return 'base-ish ' + type(x).__name__


print(show(Derived()), show(Base()))
try:
    show.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    show()
except TypeError as e:
    print('TypeError', e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Cmp(%r)' % self.v

    def __lt__(self, other):
        return self.v < other.v


print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)))
p = functools.partial(sorted, key=abs)
print(p([-3, 1, -2]), p([4, -5], reverse=True), p.keywords)
