from collections import defaultdict, OrderedDict, Counter, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dd.default_factory)
print(dd['zzz'], len(dd), 'zzz' in dd, dd.get('nope'), 'nope' in dd)
ci = defaultdict(int)
for ch in 'mississippi':
    ci[ch] += 1
print(sorted(ci.items()), isinstance(ci, dict), type(ci).__name__)
print(defaultdict(None, {1: 2}), defaultdict(), defaultdict(lambda: 'x', a=1)['q'])
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
cp = ci.copy()
cp['m'] = 100
print(cp['m'], ci['m'], type(cp).__name__, cp.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], dict(nested['x']))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(defaultdict(list, {'k': [1]}) == {'k': [1]})

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(list(od))
od.move_to_end('d', last=False)
print(list(od), OrderedDict(), OrderedDict([(1, 2)]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) == OrderedDict(a=1))
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('x')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(list(reversed(OrderedDict(x=1, y=2))), OrderedDict(x=1).copy())

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common()[-1], c.total())
print(sorted(c.elements()), Counter(), Counter({'a': 2, 'b': -1}))
c.update('aab')
c.update({'z': 5})
print(c)
c.subtract(['a', 'a', 'r'])
c.subtract({'z': 10})
print(c)
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, d=4)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
print(Counter('hello world').most_common(3))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(), Counter(cats=4, dogs=8).most_common(1))
del c['zzz']
del c['a']
print('a' in c, c == Counter(c), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
x = Counter(a=3)
x += Counter(a=-5, b=2)
print(x)
x -= Counter(b=1)
print(x)
print(Counter([1, 2, 2, 3, 3, 3]), sorted(Counter('aaabbc').items()))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('q', 0))
print(cm)
cm['a'] = 100
print(over, base, cm['a'])
child = cm.new_child()
child['z'] = 1
print(child, child.parents)
print(list(ChainMap({'x': 1}, {'y': 2, 'x': 3})), dict(ChainMap({'x': 1}, {'y': 2, 'x': 3})))
del cm['a']
for bad in [lambda: cm['nope'], lambda: cm.__delitem__('b' if False else 'zz'), lambda: ChainMap().popitem()]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
