# range construction, len, indexing, repr, iteration.
rs = [range(5), range(2, 10), range(2, 10, 3), range(10, 0, -1), range(10, 0, -3), range(0), range(5, 5),
      range(5, 0), range(0, 5, -1), range(-5, 5, 2), range(-1, -10, -4), range(10**20, 10**20 + 5), range(0, 100, 7)]
for r in rs:
    print(repr(r), str(r), len(r), list(r), bool(r))
print(range(3)[0], range(3)[-1], range(10, 0, -2)[1], range(10, 0, -2)[-1], range(0, 100, 7)[5])
for idx in [5, -6, 100]:
    try:
        print(range(5)[idx])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [(1.5,), ("a",), (1, 2.0), ()]:
    try:
        range(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = range(1, 20, 4)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(r.index(9), r.count(9), r.count(10))
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(reversed(range(0, 10, 3))))
print(list(range(True, 3)), range(10**30)[-1], range(-(10**20), 10**20)[10**20])
try:
    print(len(range(-(10**20), 10**20)))
except OverflowError as e:
    print(type(e).__name__, e)
