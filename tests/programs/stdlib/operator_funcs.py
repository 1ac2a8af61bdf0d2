import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.neg(4), operator.pos(-4))
print(operator.not_(0), operator.truth([]), operator.eq(1, 1.0), operator.ne(1, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.pow(2, 10), operator.abs(-3))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.index(True))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1))
print(operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(d, operator.getitem(d, 'b'))
operator.delitem(d, 'a')
print(d)
l = [1]
print(operator.iadd(l, [2]), l, operator.iadd(1, 2))


class H:
    def __length_hint__(self):
        return 4


print(operator.length_hint([1, 2, 3]), operator.length_hint(H(), 5), operator.length_hint(3, 5))

print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1)))
print(repr(itemgetter(1)), repr(itemgetter(1, 'x')))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct


p = P('ann', P('bob'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('a.b', 'c')))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p))
print(methodcaller('upper')('abc'), repr(methodcaller('greet', 'hi', punct='.')))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

for bad in [lambda: itemgetter(5)([1]), lambda: attrgetter('zz')(p), lambda: attrgetter(1),
            lambda: operator.index(1.5), lambda: operator.indexOf([1], 2),
            lambda: methodcaller(3), lambda: itemgetter(1)(), lambda: operator.concat(1, 2),
            lambda: operator.truediv(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
