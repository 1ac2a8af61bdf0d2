# An outer loop whose inner while loops run a data-dependent number of
# times. Recording the outer loop (or a bridge) must not unroll the inner
# loops: each trip count would need a bridge of its own (hundreds when
# every guard failure gets a bridge, as with --jit-threshold 1). The
# recording stops at the inner loop's back edge instead, the inner loop
# gets its own trace, and the outer trace ends at its header.
# jit-args: --jit-threshold 1
# jit: aborts >= 1
# jit: inner loop unrolled >= 1
# jit: bridges compiled <= 60
# jit: loops compiled >= 2


def collatz_steps(limit):
    total = 0
    a = 7
    for i in range(limit):
        n = (a * i) % 1000 + 1
        while n > 1:
            n = n // 2 if n % 2 == 0 else n - 1
            total += 1
        m = (total + i) % 777 + 1
        while m > 1:
            m = m // 4 if m % 2 == 0 else m - 1
            a = (a + m) % 1000003
    return total, a


print(collatz_steps(1500))
