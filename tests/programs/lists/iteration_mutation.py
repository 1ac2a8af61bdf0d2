# Iterating lists while mutating, enumerate/zip/reversed/list iterators.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
for x in b:
    if len(b) < 6:
        b.append(x * 10)
print(b)
c = [5, 6, 7]
it = iter(c)
print(next(it))
c.insert(0, 4)
print(next(it), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r))
d = [1, 2, 3]
ri = reversed(d)
d.append(4)
print(list(ri))
print(list(enumerate(["a", "b"])), list(enumerate("ab", start=5)))
print(list(zip([1, 2, 3], ["a", "b"])), list(zip()), list(zip([1], [2], [3])))
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
e = list(range(10))
while e:
    e.pop()
    if len(e) == 5:
        break
print(e)
e[:] = [v * 2 for v in e]
print(e)
i = 0
f = [3, 1, 2]
while i < len(f):
    f[i] *= 2
    i += 1
print(f)
lst = [[]] * 3
lst[0].append("shared")
print(lst)
print(list(iter([1, 2, 3])), list(iter([])))
