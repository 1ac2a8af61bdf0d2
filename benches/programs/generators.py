"""Generator benchmark: a multi-stage lazy pipeline of generator functions
and generator expressions processing a stream of pseudo-random readings.

Measures: generator creation, suspension and resumption (yield), delegation
with `yield from` (including recursive delegation over a tree), generator
expressions consumed by sum/max/any, iteration protocols of for-loops over
generators, next() with a default, enumerate/zip over generators,
early termination of generators, and generator return values
(StopIteration.value via `yield from`).
"""
import sys


def readings(seed, count):
    """The source: `count` pseudo-random sensor readings (ints)."""
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield (state >> 8) % 1000


def tagged(stream):
    for i, value in enumerate(stream):
        yield i % 8, value


def only_sensors(stream, wanted):
    for sensor, value in stream:
        if sensor in wanted:
            yield sensor, value


def smooth(stream, width):
    """Moving sum over the last `width` values of each sensor."""
    windows = {}
    for sensor, value in stream:
        window = windows.get(sensor)
        if window is None:
            window = windows[sensor] = [0, []]
        window[0] += value
        window[1].append(value)
        if len(window[1]) > width:
            window[0] -= window[1].pop(0)
        yield sensor, window[0]


def thresholds(stream, limit):
    above = False
    for sensor, total in stream:
        now_above = total > limit
        if now_above != above:
            above = now_above
            yield sensor, total, above


def batches(stream, size):
    batch = []
    for item in stream:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches_stream):
    for batch in batches_stream:
        yield from batch


def counted(stream):
    """Pass items through, then return how many there were."""
    n = 0
    for item in stream:
        n += 1
        yield item
    return n


def collect_count(stream, sink):
    n = yield from counted(stream)
    sink.append(n)


def tree_walk(node):
    """In-order walk of a nested (left, value, right) tuple tree."""
    if node is None:
        return
    left, value, right = node
    yield from tree_walk(left)
    yield value
    yield from tree_walk(right)


def build_tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build_tree(lo, mid), mid, build_tree(mid + 1, hi))


def primes():
    """Infinite prime generator (trial division by earlier primes)."""
    found = []
    candidate = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > candidate:
                break
            if candidate % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(candidate)
            yield candidate
        candidate += 1


def take(stream, n):
    for i, item in enumerate(stream):
        if i >= n:
            return
        yield item


def main(n):
    # Pipeline 1: readings -> tag -> filter -> smooth -> threshold crossings.
    crossings = thresholds(
        smooth(only_sensors(tagged(readings(42, n)), {0, 3, 5, 6}), 6), 3200)
    sink = []
    flips = 0
    checksum = 0
    for sensor, total, above in collect_count(flatten(batches(crossings, 7)), sink):
        flips += 1
        checksum = (checksum * 31 + sensor * 10000 + total + (1 if above else 0)) % 1000000007
    print(f"crossings={sink[0]} flips={flips} checksum1={checksum}")

    # Pipeline 2: generator expressions over generators.
    evens = sum(v for v in readings(7, n // 2) if v % 2 == 0)
    biggest = max(a * b for a, b in zip(readings(1, n // 4 + 1), readings(2, n // 4 + 1)))
    has_zero = any(v == 0 for v in readings(3, n // 4))
    first_big = next((i for i, v in enumerate(readings(4, n)) if v > 998), -1)
    print(f"evens={evens} biggest={biggest} has_zero={has_zero} first_big={first_big}")

    # Pipeline 3: recursive yield from over a balanced tree, repeated.
    tree = build_tree(0, 1 << 12)
    walked = 0
    for rep in range(n // 40000):
        for v in tree_walk(tree):
            walked += v & 15
    print(f"walked={walked}")

    # Pipeline 4: an infinite generator cut off early.
    ps = list(take(primes(), n // 60 + 1))
    print(f"primes={len(ps)} last={ps[-1]} sum={sum(ps)}")
    total = (checksum + evens + biggest + walked + sum(ps)) % 1000000007
    print(f"checksum {total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)
