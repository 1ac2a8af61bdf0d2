"""Library benchmark: heapq on 200,000 items.

Heapifies 200,000 pseudo-random ints and (priority, id) tuples, drains them
with heappop, runs a simulated event queue with heappush/heappop/heapreplace/
heappushpop, takes nsmallest/nlargest with and without a key, and merges
sorted runs with heapq.merge.

Measures: the heapq module (written in the subset on piepie, C in CPython):
sift loops over lists, int and tuple comparisons, generator-based merge.
"""
import sys
import heapq


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


def main(n):
    rnd = lcg(42)
    check = 0
    ints = [next(rnd) % 1000000 for _ in range(n)]
    heap = list(ints)
    heapq.heapify(heap)
    out = [heapq.heappop(heap) for _ in range(n)]
    if out != sorted(ints):
        raise RuntimeError("heapsort mismatch")
    for i in range(0, n, 1000):
        check = (check * 31 + out[i]) % 1000000007
    print("heapsort first", out[:3], "last", out[-3:])

    pairs = [(next(rnd) % 5000, i) for i in range(n)]
    heapq.heapify(pairs)
    events = 0
    clock = 0
    while pairs:
        t, i = heapq.heappop(pairs)
        clock = t
        events += 1
        if i % 3 == 0 and t < 4000:
            heapq.heappush(pairs, (t + 1 + i % 997, i + 1))
        elif i % 7 == 0 and pairs:
            t2, j = heapq.heapreplace(pairs, (t + 50, i + 2))
            check = (check + t2 * 7 + j) % 1000000007
        elif i % 11 == 0:
            t3, k = heapq.heappushpop(pairs, (t + 3, i + 5))
            check = (check + t3 + k) % 1000000007
    print("events", events, "clock", clock)

    small = heapq.nsmallest(100, ints)
    large = heapq.nlargest(100, ints)
    keyed = heapq.nsmallest(50, range(n), key=lambda i: (ints[i] % 1000, i))
    print("nsmallest", small[:5], "nlargest", large[:5], "keyed", keyed[:5])
    for v in small + large + keyed:
        check = (check * 17 + v) % 1000000007

    runs = [sorted(ints[k::8]) for k in range(8)]
    merged = 0
    prev = -1
    count = 0
    for v in heapq.merge(*runs):
        if v < prev:
            raise RuntimeError("merge out of order")
        prev = v
        count += 1
        merged = (merged * 3 + v) % 1000000007
    print("merged", count, merged)
    print("checksum", (check + merged + events + clock) % 1000000007)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
