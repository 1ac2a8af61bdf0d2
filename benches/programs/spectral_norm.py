"""Float-heavy benchmark 2: the spectral norm of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), estimated by power
iteration on A^T A truncated to n x n.

Measures: many small function calls returning floats (the matrix entry),
nested loops over ranges with integer index arithmetic, float accumulation
into a local, list comprehensions building float vectors, and zip. The
result is printed at 9 decimals; the summation order is fixed, so it is the
same on every IEEE-754 implementation.
"""
import sys
import math


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    """v = A u"""
    n = len(u)
    v = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * u[j]
        v.append(acc)
    return v


def times_transposed(u):
    """v = A^T u"""
    n = len(u)
    v = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * u[j]
        v.append(acc)
    return v


def times_ata(u):
    return times_transposed(times(u))


def dot(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total


def main(n):
    u = [1.0 for _ in range(n)]
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    norm = math.sqrt(vbv / vv)
    print(f"n={n}")
    print(f"spectral norm {norm:.9f}")
    print(f"checksum {int(round(norm * 1e9))}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 480)
