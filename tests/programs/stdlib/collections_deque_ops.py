"""deque under a long random mix of operations at both ends, checked against a list."""
from collections import deque
d = deque()
ref = []
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for step in range(20000):
    op = rnd(9)
    if op < 3:
        d.append(step); ref.append(step)
    elif op < 5:
        d.appendleft(step); ref.insert(0, step)
    elif op == 5 and ref:
        assert d.pop() == ref.pop()
    elif op in (6, 7) and ref:
        assert d.popleft() == ref.pop(0)
    elif op == 8 and ref:
        i = rnd(len(ref))
        assert d[i] == ref[i] and d[-1] == ref[-1]
    assert len(d) == len(ref)
assert list(d) == ref
print(len(d), list(d)[:5])
q = deque(range(100))
total = 0
while q:
    x = q.popleft()
    total += x
    if x % 10 == 0 and x < 50:
        q.append(x + 1000)
print(total, len(q))
b = deque(maxlen=3)
for i in range(10):
    b.appendleft(i)
    if i % 3 == 0:
        b.popleft()
print(b, b[0], b[-1], list(reversed(b)))
