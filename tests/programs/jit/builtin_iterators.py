# jit: loops compiled >= 3
# For loops over lists, tuples and ranges step their iterators inline in
# compiled code: exhaustion, a list growing while it is walked, ranges near
# the small-int limits and near i64 overflow, negative steps, and iterators
# that are not stepped inline (reversed, bytes, dict) in the same loops.


def walk_growing(n):
    xs = [1, 2]
    total = 0
    for x in xs:
        if len(xs) < n:
            xs.append(x + len(xs))
        total += x
    return total, len(xs)


def ranges():
    out = []
    for start, stop, step in ((0, 2000, 1), (2000, 0, -3), (2**62 - 1500, 2**62 + 3, 1),
                              (-2**62 + 2, -2**62 - 1500, -1),
                              (9223372036854775000, 9223372036854775807, 1)):
        t = 0
        last = None
        for i in range(start, stop, step):
            t += i & 0xFFFF
            last = i
        out.append((t, last))
    return out


def mixed(seqs):
    t = 0
    for s in seqs:
        for x in s:
            t = (t * 31 + x) % 1000003
    return t


def exhausted_stays_exhausted():
    xs = [1, 2, 3]
    it = iter(xs)
    n = 0
    for x in it:
        n += x
    xs.append(4)
    return n, next(it, "done"), list(it)


print(walk_growing(3000))
print(ranges())
seqs = []
for k in range(400):
    seqs.append([k, k + 1, k + 2] if k % 4 == 0 else (k, 2 * k) if k % 4 == 1 else
                range(k, k + 5) if k % 4 == 2 else reversed([k, 1]))
seqs.append(b"abc")
seqs.append({7: 1, 8: 2})
print(mixed(seqs))
for _ in range(1200):
    r = exhausted_stays_exhausted()
print(r)
t = 0
for i in range(3000):
    for j in (1, 2, 3):
        t += i * j
print(t)
