# Composing generators into lazy pipelines
log = []
def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i
def mapper(fn, it):
    for v in it:
        log.append(f"map{v}")
        yield fn(v)
def filterer(pred, it):
    for v in it:
        if pred(v):
            yield v
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
pipe = take(3, filterer(lambda v: v % 2 == 0, mapper(lambda v: v * 3, source(100))))
print("built, log:", log)
print(list(pipe))
print("log:", log)
def batched(it, size):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(10), 4)))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total(range(1, 11))))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iters = nxt
print(list(interleave("abc", [1, 2], (True,))))
def unique(it):
    seen = set()
    for v in it:
        if v not in seen:
            seen.add(v)
            yield v
print(list(unique([3, 1, 3, 2, 1, 4])))
def words(lines):
    for line in lines:
        yield from line.split()
text = ["the quick brown", "fox jumps over", "the lazy dog"]
counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
def tee2(it):
    buf = list(it)
    return (x for x in buf), (x for x in buf)
a, b = tee2(source(3))
print(list(a), list(b))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcd")), list(pairwise([])))
gen = (x * x for x in source(5))
print(sum(gen), sum(gen))
def chain_of(n):
    g = iter(range(5))
    for _ in range(n):
        g = (v + 1 for v in g)
    return list(g)
print(chain_of(50))
