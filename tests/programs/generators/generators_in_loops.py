# Generators consumed by for loops, breaks, and manual iteration
def naturals():
    n = 0
    while True:
        n += 1
        yield n
for n in naturals():
    if n > 5:
        break
    print("n", n, end=" ")
print()
def take(gen, k):
    out = []
    for v in gen:
        if len(out) >= k:
            break
        out.append(v)
    return out
print(take(naturals(), 4))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(primes(), 15))
def evens(gen):
    for v in gen:
        if v % 2 == 0:
            yield v
def squared(gen):
    for v in gen:
        yield v * v
pipeline = squared(evens(naturals()))
print([next(pipeline) for _ in range(5)])
g = naturals()
for v in g:
    if v == 3:
        break
print("resume after break:", next(g), next(g))
for v in g:
    if v == 8:
        break
print("resumed for loop left at", v)
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]
print(list(windows("abcdef", 3)))
def enumerate_gen(gen):
    i = 0
    for v in gen:
        yield i, v
        i += 1
for i, ch in enumerate_gen(c for c in "xyz"):
    print(i, ch)
def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested_loops()))
def cycle(seq):
    while True:
        for x in seq:
            yield x
cy = cycle("ab")
print([next(cy) for _ in range(5)])
def counter_gen():
    count = 0
    while True:
        count += 1
        cmd = yield count
        if cmd == "reset":
            count = 0
cg = counter_gen()
print(next(cg), next(cg), cg.send("reset"), next(cg))
def zip_gens():
    return list(zip(naturals(), "abc", cycle([True, False])))
print(zip_gens())
total = 0
for x in (y for y in naturals() if y % 7 == 0):
    total += x
    if total > 100:
        break
print(total, x)
print(list(map(lambda t: t[0] * t[1], zip(naturals(), [5, 5, 5]))))
def gen_in_while():
    g = naturals()
    while (v := next(g)) < 4:
        yield v * 100
print(list(gen_in_while()))
