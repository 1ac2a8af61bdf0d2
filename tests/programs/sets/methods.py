# Set methods: add remove discard pop clear copy.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.remove(1)
print(s)
s.discard(100)
s.discard(2)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
c = s.copy()
c.add(50)
print(s, c)
c.clear()
print(c, len(c))
try:
    c.pop()
except KeyError as e:
    print(type(e).__name__, e)
p = {5, 6, 7, 8}
out = []
while p:
    out.append(p.pop())
print(out)
q = set(range(10))
print([q.pop() for _ in range(3)], q)
print(set(), set([]), set("aab") == {"a", "b"}, set((1, 1, 2)), set(range(3)), set({1: 2}), set(x % 3 for x in range(9)))
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add({})
except TypeError as e:
    print(type(e).__name__, e)
print(3 in {1, 2, 3}, 4 not in {1}, (1,) in {(1,)})
try:
    print([1] in {1})
except TypeError as e:
    print(type(e).__name__, e)
