# jit: function entries compiled >= 2
# Hot functions called from interpreted code (not from a compiled loop)
# get traces compiled from their entry: straight-line code, branches that
# flip (bridges), a function with a loop (the entry ends at its header or
# runs into the compiled loop), recursion (residual), and exceptions
# raised inside a compiled entry.
import sys


def area(w, h):
    return w * h + (w if w > h else h)


def classify(x):
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    return type(x).__name__


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def checked(a, b):
    return a // b


def drive():
    # Each call below comes from this function's loop... which is itself
    # entered afresh per call of drive(), so the callees' entries matter.
    out = []
    out.append(area(3, 4))
    out.append(classify(2.5))
    out.append(total([1, 2, 3]))
    return out


results = []
for i in range(2500):
    r = drive()
    if i % 500 == 0:
        results.append(r)
results.append([classify(v) for v in (1, 2.0, "s", None, [1])])
results.append(fib(18))
errors = 0
for b in [3, 2, 1, 0, 5] * 400:
    try:
        checked(10, b)
    except ZeroDivisionError:
        errors += 1
results.append(errors)
sys.setrecursionlimit(5000)
results.append(fib(5) + total(range(10000)))
print(results)
