# append extend insert remove pop index count reverse copy clear.
a = [3, 1, 4]
a.append(1)
a.append([5, 9])
print(a, len(a))
a.extend([2, 6])
a.extend((5,))
a.extend("ab")
a.extend(range(2))
a.extend({7: 0})
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove(1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
print(a.index(5), a.index(5, 6), a.count(5), a.count(1), a.count([5, 9]), a.index([5, 9]))
b = a.copy()
b.reverse()
print(b, a is not b, a == b[::-1])
b.clear()
print(b, a)
x = []
x.extend(x)
y = [1, 2]
y.extend(y)
print(x, y)
for op in [lambda: [1, 2].remove(3), lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].index(3),
           lambda: [1, 2, 3].index(1, 1), lambda: [1].insert("0", 1), lambda: [1].extend(5), lambda: [1].append(),
           lambda: [1].pop("x")]:
    try:
        print(op())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print([1, 2, 3].index(3, -1), [1, 2, 1, 2].index(2, 2, 4), [0] * 3 + [1])
