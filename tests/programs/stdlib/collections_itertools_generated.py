"""heapq, Counter.most_common, groupby, itertools combinatorics and functools on generated data."""
import heapq
import itertools
from collections import Counter, OrderedDict, deque
from functools import reduce, cmp_to_key
import operator

seed = 3


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


for case in range(60):
    data = [rnd(20) for _ in range(rnd(15))]
    h = []
    for x in data:
        heapq.heappush(h, x)
    h2 = list(data)
    heapq.heapify(h2)
    print(case, h, h2, heapq.nlargest(rnd(6), data), heapq.nsmallest(rnd(6), data, key=lambda v: -v))
    if h2:
        print(heapq.heappushpop(h2, rnd(20)), heapq.heapreplace(h2, rnd(20)), h2)
    runs = [sorted(rnd(30) for _ in range(rnd(5))) for _ in range(rnd(4))]
    print(list(heapq.merge(*runs)), list(heapq.merge(*[r[::-1] for r in runs], reverse=True)))
    word = ''.join('abcde'[rnd(5)] for _ in range(rnd(12)))
    c = Counter(word)
    print(repr(word), c, c.most_common(2), sorted(c.elements()), [(k, len(list(g))) for k, g in itertools.groupby(word)])
    print(list(itertools.combinations(word[:5], 2))[:6], list(itertools.permutations(word[:3]))[:4],
          len(list(itertools.product(word[:3], repeat=2))), list(itertools.accumulate(data[:6])))
    print(sorted(data, key=cmp_to_key(lambda a, b: (a % 5) - (b % 5))), reduce(operator.add, data, 0))
    print(sorted(data, reverse=True), sorted(word, key=str.upper, reverse=True))
    d = deque(data[:8], maxlen=rnd(6) + 1)
    d.rotate(rnd(7) - 3)
    print(d, list(itertools.islice(itertools.cycle(word or 'z'), rnd(8))))
