"""Arbitrary-precision integer benchmark: digits of pi by Machin's formula
with fixed-point integer arithmetic, a big factorial, Fibonacci numbers by
iteration and by fast doubling, Python-level modular exponentiation with a
2048-bit modulus, and a loop whose values cross the small/big int boundary.

Measures: big-int +, -, *, //, %, <<, >>, comparisons and bit_length, the
transition between small ints and big ints (and back, as values shrink),
and interpreter overhead around big-int operations. Huge numbers are never
converted to decimal strings (CPython limits that to 4300 digits); results
are reduced modulo a prime or cut with // and % by powers of ten.
"""
import sys

PRIME = 1000000007


def arctan_inv(x, unity):
    """arctan(1/x) * unity, by the alternating Taylor series."""
    total = term = unity // x
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // k)
        sign = -sign
        k += 2
    return total


def pi_digits(ndigits):
    guard = 10
    unity = 10 ** (ndigits + guard)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** guard  # 3141592653... with ndigits digits after the 3


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    """(F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def boundary_loop(n):
    """Values grow past 2**63 and shrink back, over and over."""
    acc = 0
    x = 1
    for i in range(n):
        x = x * 3 + i
        if x.bit_length() > 90:
            x >>= 70
        acc ^= x & 0xFFFFFFFF
        acc += (x >> 40) % 1000
    return acc


def main(n):
    results = []

    nd = n * 2
    pi = pi_digits(nd)
    first = pi // 10 ** max(nd - 19, 0)
    last = pi % 10 ** 20
    print(f"pi: {nd} digits, first 20 {first}, last 20 {last:020d}")
    results += [first, last]

    f = factorial(n * 2)
    trailing = 0
    t = f
    while t % 10 == 0:
        t //= 10
        trailing += 1
    print(f"factorial({n * 2}): bits {f.bit_length()}, trailing zeros {trailing}, mod p {f % PRIME}")
    results += [f.bit_length(), trailing, f % PRIME]

    fi = fib_iter(n * 20)
    fd, fd1 = fib_doubling(n * 20)
    assert fi == fd, "fibonacci mismatch"
    fbig, _ = fib_doubling(n * 200)
    print(f"fib({n * 20}) bits {fi.bit_length()} mod p {fi % PRIME}; fib({n * 200}) mod p {fbig % PRIME}")
    results += [fi % PRIME, fbig % PRIME]

    modulus = (1 << 2048) - 1557  # any odd 2048-bit number will do
    acc = 0
    for k in range(n // 1000):
        r = modpow(3 + k, modulus - 2 - k, modulus)
        acc = (acc * 31 + r % PRIME) % PRIME
    print(f"modpow fold {acc}")
    results.append(acc)

    b = boundary_loop(n * 60)
    print(f"boundary loop {b}")
    results.append(b)

    checksum = 0
    for v in results:
        checksum = (checksum * 1000003 + v) % PRIME
    print(f"checksum {checksum}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
