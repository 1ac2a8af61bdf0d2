import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append('x')
a[2]['k'].append('y')
print(a, b, c, b[1] is a[1], c[1] is a[1])
d = {'a': [1], 'b': (1, [2])}
dc = copy.deepcopy(d)
d['b'][1].append(3)
print(d, dc, copy.copy(d) == d, copy.copy(d) is d)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = {1, 2, frozenset([3])}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy({3, 1, 2})))
print(copy.copy(5), copy.deepcopy('str'), copy.copy(None), copy.deepcopy(3.5), copy.copy(len))

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, len(cc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ['t']

    def __repr__(self):
        return 'Pt(%r, %r, %r)' % (self.x, self.y, self.tags)


p = Pt(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
p.tags.append('u')
print(p, p2, p3, type(p3).__name__, p2.y is p.y, p3.y is p.y)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('custom copy')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('custom deepcopy', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 2)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([1])).v)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = 'z'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is ml[1])
md = copy.copy(ml)
print(type(md).__name__, md, md.attr, md[1] is ml[1])


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node('root')
kid = Node('kid')
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is kid, r2.children[0].name)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, y[0] is y[1])
print(issubclass(copy.Error, Exception))
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
P = namedtuple('P', 'x y')
for obj in [deque([1, [2]], maxlen=5), OrderedDict(a=[1], b=2), defaultdict(list, a=[1]), Counter('aab'), P(1, [2])]:
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(c).__name__, c, type(d).__name__, d, c == obj, d == obj)
dd = copy.deepcopy(defaultdict(list))
dd['q'].append(1)
print(dd)
