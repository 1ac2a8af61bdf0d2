# Finding of the differential fuzzer (tests/fuzz), minimized from seed 4805
# (tests/fuzz/findings/seed_4805/program.py; seed 5299 looks like the same bug).
#
# With --jit-threshold 1, this loop (a `continue`, a list comprehension, and an
# inner `while` loop that never runs) compiles a new bridge at nearly every
# iteration and guard failures grow quadratically with the iteration count:
#   range(500):  218 bridges,  23,462 guard failures (--jit-stats)
#   range(2000): 924 bridges, 425,617 guard failures
# The output is right, but the generated program of seed 4805 (2000 iterations
# and a bigger body) takes 6.4 s of CPU in forced mode (1,853 bridges, 580,221
# guard failures) against 0.05 s with the JIT off or on by default: the
# fuzzer's 20 s timeout flagged it as a hang on the loaded machine.
# Expected with a sane JIT: a handful of bridges, as in default mode.
# Status: fixed on main by 9f5bf04 ("at most 16 bridges start at one
# instruction"): 18 bridges for either loop length, seeds 4805, 5299 and 6174
# run in 0.1-0.2 s CPU with the right output. Left: ~15 guard failures per
# iteration in forced mode (7,543 for 500 iterations), a cost, not a bug.
def f():
    a = 0
    L = [0]
    for i in range(500):
        if i % 17 == 0:
            continue
        L = [t for t in L if t] or [0]
        n = 1
        while n > 1:
            n = n - 1
        a = a + i
    print(a, L)


f()
