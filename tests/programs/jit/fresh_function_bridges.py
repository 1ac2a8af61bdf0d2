# A list comprehension is a new function object at every iteration, and a
# bridge that calls it specializes on the one it saw: each bridge's guard
# fails on the next iteration's function and, when every failure gets a
# bridge (--jit-threshold 1), asks for another bridge at the same place.
# Found by the differential fuzzer (tests/fuzz, seed 4805): 941 bridges and
# 441,447 guard failures for 2000 iterations. At most 16 bridges start at
# one instruction; past that its exits return to the interpreter.
# jit-args: --jit-threshold 1
# jit: bridges compiled <= 40
# jit: too many bridges at one place >= 1


def f():
    a = 0
    L = [0]
    for i in range(2000):
        if i % 17 == 0:
            continue
        L = [t for t in L if t] or [0]
        n = 1
        while n > 1:
            n = n - 1
        a = a + i
    print(a, L)


def g():
    total = 0
    for i in range(1500):
        squares = [k * k for k in range(i % 7)]
        evens = {k for k in squares if k % 2 == 0}
        total += sum(squares) + len(evens)
    print(total)


f()
g()
