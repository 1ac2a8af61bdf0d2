import itertools as it
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, groupby, accumulate,
                       zip_longest, starmap, takewhile, dropwhile, tee, compress,
                       filterfalse, pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(3)
print(next(c), next(c), repr(c), repr(count(1, 2)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 2)))
print(repr(repeat('a', 2)), repr(repeat(5)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd'])), list(chain.from_iterable([[1], [], [2, 3]])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice(range(100), 5, 20, 7)), list(islice([], 3)))
print(list(islice('abc', None)), list(islice('abcdef', 1, None, None)))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)))
print(list(product()), list(product('ab', [])), len(list(product(range(3), repeat=3))))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations('ab', 5)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate([], initial=5)), list(accumulate('abc')))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])))
print(list(zip_longest()))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee([1], 0))
t1, t2 = tee(range(5))
print(list(zip(t1, t2)))
print(list(map(operator.add, count(), 'ab' * 0 or [10, 20])))

for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, 2, 0), lambda: list(permutations('ab', -1)),
            lambda: combinations('abc', -1), lambda: product('a', repeat=-1), lambda: count('a'),
            lambda: chain(1, 2).__next__(), lambda: zip_longest(1), lambda: repeat(1, 'x'), lambda: tee('a', -1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
