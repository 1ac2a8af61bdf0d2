"""collections types mixed with plain dicts/lists in operators and bad constructor arguments."""
from collections import Counter, OrderedDict, defaultdict, deque, ChainMap
tests = [lambda: Counter(a=1) + {'b': 2}, lambda: Counter(a=1) | {'b': 2}, lambda: {'b': 2} | Counter(a=1),
         lambda: Counter(a=1) - 5, lambda: OrderedDict(a=1) | {'b': 2}, lambda: {'b': 2} | OrderedDict(a=1),
         lambda: defaultdict(int, a=1) | {'b': 2}, lambda: deque([1]) * 'x',
         lambda: Counter('ab') < Counter('abc'), lambda: Counter(a=1) == {'a': 1}, lambda: OrderedDict(a=1) == {'a': 1},
         lambda: ChainMap({'a': 1}) == {'a': 1}, lambda: Counter(5), lambda: deque(5), lambda: OrderedDict(5)]
for t in tests:
    try:
        r = t()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
