# math: argument conversion (__float__, __index__, __floor__...), arity and keyword messages, int subclasses.
import math
def safe(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for name in ["sqrt", "floor", "trunc", "isnan", "factorial", "fsum", "frexp"]:
    f = getattr(math, name)
    print(name, safe(f), safe(f, 1, 2), safe(f, x=1), safe(f, None), safe(f, "x"))
for name in ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "ldexp", "comb"]:
    f = getattr(math, name)
    print(name, safe(f), safe(f, 1), safe(f, 1, 2, 3), safe(f, "a", 1), safe(f, x=1, y=2))
print(safe(math.log), safe(math.log, 1, 2, 3), safe(math.log, 1, base=2), safe(math.perm), safe(math.perm, 1, 2, 3))
print(safe(math.isclose, 1), safe(math.isclose, 1, 2, 3), safe(math.isclose, a=1, b=1), safe(math.isclose, 1, b=1.0000000001))
print(safe(math.isclose, 1, 1, foo=1), safe(math.isclose, 1, 1, abs_tol=-1), safe(math.isclose, 1, 2, abs_tol=1), safe(math.isclose, 1, a=1))
print(safe(math.isclose, 1, 2, rel_tol=math.nan), safe(math.isclose, math.nan, 1, abs_tol=math.inf), safe(math.isclose, math.inf, 1, abs_tol=math.inf))
print(safe(math.prod), safe(math.prod, [1], 2), safe(math.prod, [1], start=2.5), safe(math.prod, ["a", 2]), safe(math.prod, [2, "a"]))
print(safe(math.prod, [], start="s"), safe(math.prod, [True, True]), safe(math.prod, [2**62, 4, 0.5]), safe(math.prod, [1], foo=2), safe(math.prod, iterable=[1]))
print(safe(math.prod, (x for x in range(1, 6))), safe(math.prod, [3, 4], start=[0]), safe(math.prod, [1.5, 2], start=2))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return "x"
class Fl:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
class MyFloat(float):
    pass
class MyInt(int):
    pass
for o in [F(), I(), Bad(), Fl(), MyFloat(2.5), MyInt(7), True]:
    print(type(o).__name__, safe(math.sqrt, o), safe(math.floor, o), safe(math.ceil, o), safe(math.trunc, o), safe(math.log, o), safe(math.isnan, o))
    print("  ", safe(math.gcd, o, 14), safe(math.fsum, [o, o]), safe(math.hypot, o, o), safe(math.factorial, o), safe(math.isqrt, o), safe(math.dist, [o], [0]))
print(type(math.floor(MyInt(3))).__name__, type(math.trunc(True)).__name__, math.trunc(True), type(math.floor(MyFloat(2.5))).__name__)
print(safe(math.gcd, x=1), safe(math.lcm, 1.5), safe(math.lcm, 4, 6, 0), safe(math.lcm, -4, -6), safe(math.gcd, True, 2))
print(safe(math.factorial, 10**20), safe(math.factorial, -10**20), safe(math.factorial, "3"), safe(math.comb, 10, -1), safe(math.comb, -10, -1))
print(safe(math.comb, 10**30, 3), safe(math.comb, 10**30, 10**30 - 2), safe(math.comb, 10, 3.0), safe(math.perm, 10, None), safe(math.perm, -1))
print(safe(math.perm, 2.5), safe(math.perm, 10, -1), safe(math.perm, -10, 1), safe(math.perm, 10**30, 3), safe(math.perm, 5, 0))
print(safe(math.fsum, [math.inf, 1]), safe(math.fsum, [math.inf, -math.inf]), safe(math.fsum, [math.nan, 1]), safe(math.fsum, [1e308, 1e308]))
print(safe(math.fsum, [1e308, 1e308, -1e308]), safe(math.fsum, ["a"]), safe(math.fsum, 5), safe(math.fsum, [-0.0]), safe(math.fsum, [2**1024]))
print(safe(math.hypot, 5e-324, 5e-324), safe(math.hypot, 1e-310, 3e-310, 2e-310), safe(math.hypot, 1e308, 1e308), safe(math.hypot, -0.0), safe(math.hypot, 2**1024))
print(safe(math.dist, 1, 2), safe(math.dist, [], []), safe(math.dist, (math.inf,), (math.inf,)), safe(math.dist, iter([1, 2]), (3, 4)), safe(math.dist, (1e-310, 2e-310), (0, 0)))
print(math.log(2**1000, 2**500), math.log(10**1000, 10), math.log10(10**308 * 10), math.log2(2**1023 * 3), math.log(True), safe(math.log, False))
print(safe(math.log, -2**2000), safe(math.log, 1, 0.0), safe(math.log, 0, 2), safe(math.log, 1, -1), math.log(8, 2.0), safe(math.sqrt, 2**1024), safe(math.exp, 2**1024))
