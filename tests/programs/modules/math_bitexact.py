# math: pseudo-random inputs through hypot/dist/fsum/log/pow/... must match CPython bit for bit.
import math
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (2**64)
    return state
def rfloat():
    k = rnd() % 6
    m = (rnd() % 2**53) / 2**53
    if k == 0:
        return m
    if k == 1:
        return (m - 0.5) * 10
    if k == 2:
        return m * 10.0 ** ((rnd() % 600) - 300)
    if k == 3:
        return -m * 1000
    if k == 4:
        return m * 2.0 ** ((rnd() % 2100) - 1075)
    return (m - 0.5) * 300
def safe(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__
for i in range(120):
    x, y, z = rfloat(), rfloat(), rfloat()
    print(safe(math.hypot, x, y), safe(math.hypot, x, y, z), safe(math.dist, (x, y), (z, 1.5)), safe(math.fsum, [x, y, z, -x, 1e-17 * y]))
    print("  ", safe(math.gamma, x), safe(math.lgamma, x), safe(math.erf, x), safe(math.erfc, x), safe(math.remainder, x, y), safe(math.ldexp, x, rnd() % 2200 - 1100))
    print("  ", safe(math.pow, x, y), safe(math.log, x), safe(math.log2, x), safe(math.log10, x), safe(math.cbrt, x), safe(math.atan2, x, y), safe(math.prod, [x, y, z]))
for i in range(60):
    n = rnd() ** (rnd() % 40 + 1) + rnd() % 1000
    print(safe(math.log, n), safe(math.log2, n), safe(math.log10, n), safe(math.log, n, 7), safe(float, n), safe(math.sqrt, n))
vals = [rfloat() for i in range(600)]
for i in range(40):
    print(repr(math.fsum(vals[i:i + 50])), repr(math.fsum(vals[i * 5:i * 5 + 400])), safe(math.hypot, *vals[i:i + 20]))
