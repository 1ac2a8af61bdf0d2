"""Permutation benchmark ("fannkuch"): for every permutation of 0..n-1,
repeatedly reverse the prefix whose length is given by the first element
until 0 comes first, counting the flips; report the maximum flip count
and a signed checksum over all permutations.

Measures: small-list indexing and element swaps, slice reads and slice
assignment with a reversed slice (p[:k] = p[k-1::-1]), list copies, and
tight while-loops over small ints. Permutations are generated iteratively
in Heap's-algorithm order (no itertools), three times from different
starting arrangements, which visits the permutations in different orders.
"""
import sys


def count_flips(perm, scratch):
    first = perm[0]
    if first == 0:
        return 0
    scratch[:] = perm
    flips = 0
    while first != 0:
        # Reverse the prefix scratch[0..first].
        scratch[: first + 1] = scratch[first::-1]
        flips += 1
        first = scratch[0]
    return flips


def fannkuch(start):
    n = len(start)
    perm = list(start)
    scratch = list(perm)
    counters = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    index = 0

    flips = count_flips(perm, scratch)
    max_flips = flips
    checksum += flips
    i = 1
    while i < n:
        if counters[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                c = counters[i]
                perm[c], perm[i] = perm[i], perm[c]
            index += 1
            sign = -sign
            flips = count_flips(perm, scratch)
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    return max_flips, checksum, index + 1


def main(n):
    starts = [
        list(range(n)),
        list(range(n - 1, -1, -1)),
        [(i + n // 2) % n for i in range(n)],
    ]
    total = 0
    for start in starts:
        max_flips, checksum, count = fannkuch(start)
        print(f"start={start} permutations={count} max_flips={max_flips} checksum={checksum}")
        total = total * 1000 + max_flips * 100 + checksum
    print(f"checksum {total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
