"""Recursion benchmark: several classic recursive functions, each dominated
by the cost of Python-level calls and returns.

Measures: call/return overhead with positional arguments, default
arguments and keyword arguments, small-int arithmetic and comparisons,
recursion depth of a few hundred frames (Ackermann, mutual recursion),
closures that recurse through a cell variable, and tuple returns.
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def count_change(amount, coins, index=0):
    """Number of ways to make `amount` from coins[index:]."""
    if amount == 0:
        return 1
    if amount < 0 or index == len(coins):
        return 0
    return count_change(amount - coins[index], coins, index) + \
        count_change(amount, coins, index=index + 1)


def queens(n):
    """Count the placements of n non-attacking queens (backtracking)."""
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                total += place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
        return total

    return place(0)


def min_max_depth(n, depth=0):
    """Walk an implicit binary tree (Collatz-like branching); return
    (leaves, max depth) as a tuple."""
    if n <= 1 or depth > 40:
        return 1, depth
    if n % 3 == 0:
        a_leaves, a_depth = min_max_depth(n // 3, depth + 1)
        b_leaves, b_depth = min_max_depth(n - 1, depth + 1)
        return a_leaves + b_leaves, max(a_depth, b_depth)
    return min_max_depth(n // 2, depth + 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves[src * 3 + dst] += 1
    hanoi(n - 1, via, dst, src, moves)


def main(n):
    results = []
    results.append(("fib", fib(n + 4)))
    k = n - 6
    results.append(("tak", tak(k, k * 2 // 3, k // 3)))
    acks = 0
    for i in range(n // 2):
        acks += ackermann(3, 6) + ackermann(2, i)
    results.append(("ackermann", acks))
    parity = 0
    for k in range(n * 200):
        if is_even(k % 500):
            parity += k % 7
    results.append(("parity", parity))
    results.append(("change", count_change(n * 10, [50, 25, 10, 5, 1])))
    results.append(("queens", queens(n // 3 + 1)))
    leaves = 0
    deepest = 0
    for k in range(1, n * 2000):
        a, d = min_max_depth(k)
        leaves += a
        if d > deepest:
            deepest = d
    results.append(("tree", leaves * 100 + deepest))
    moves = [0] * 9
    hanoi(max(n - 10, 0), 0, 2, 1, moves)
    results.append(("hanoi", sum(m * (i + 1) for i, m in enumerate(moves))))

    checksum = 0
    for name, value in results:
        print(f"{name:>10} {value}")
        checksum = (checksum * 1000003 + value) % (1 << 61)
    print(f"checksum {checksum}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 28)
