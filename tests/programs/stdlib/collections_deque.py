from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.count(2), d.index(2), 'a' in d, 'z' in d)
d.remove('a')
d[0] = 'first'
del d[1]
print(d, list(reversed(d)), bool(d), bool(deque()))
d.insert(1, 'ins')
print(d)
d.clear()
print(d, len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
m.extendleft('xy')
print(m)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)

print(deque('abc') == deque('abc'), deque('abc') == deque('abd'), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 5]), deque() <= deque())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('a'))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
c = e.copy()
c.append(99)
print(e, c)
print([x * 2 for x in deque([1, 2, 3])], sum(deque([1, 2, 3])), list(deque('hi')))
q = deque()
q.append(q)
print(q)
r = deque([1, 2, 3, 4, 5])
r.rotate(7)
print(r, r.index(1), r.index(3, 2))

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(5),
            lambda: deque([1], maxlen=-1), lambda: deque([1, 2]) + [3],
            lambda: deque([1], maxlen=1).insert(0, 5), lambda: deque([1])['a']]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
