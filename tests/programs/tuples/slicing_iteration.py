# Tuple slicing and iteration patterns.
t = tuple(range(12))
print(t[2:9], t[::3], t[::-4], t[-5:-1], t[10:2:-3], t[100:], t[:-100], type(t[1:2]).__name__)
for step in [1, 2, -1, -5]:
    print(step, [t[a:b:step] for a in (None, 3, -2) for b in (None, 8, -9)])
print(t[slice(2, None)], t[slice(-3, None, -1)])
total = 0
for x in t:
    total += x
print(total)
i = 0
while i < len(t):
    i += 4
    print(t[i - 4:i])
pairs = tuple((i, i * i) for i in range(5))
for n, sq in pairs:
    print(n, sq, end="; ")
print()
print(list(reversed(t))[:3], t.index(11), len(t[::5]), t[::5])
words = ("alpha", "beta", "gamma")
print([w[0] for w in words], tuple(w.upper() for w in words), sorted(words, key=lambda w: w[-1]))
print(tuple(zip(words, range(3))), dict(zip(words, range(3))))
a, b, c = words
print(c, b, a)
