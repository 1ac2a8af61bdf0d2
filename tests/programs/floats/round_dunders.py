# float/int __round__, __floor__, __ceil__, __trunc__ methods, and powers of infinities.
print((2.5).__round__(), (3.5).__round__(None), (2.675).__round__(2), (7).__round__(-1), True.__round__(), (5).__floor__(), True.__ceil__(), int.__trunc__(-3))
class MyInt(int):
    pass
print(type(MyInt(3).__floor__()).__name__, round(MyInt(5), -1), float.__round__(1.5), int.__round__(15, -1), (-0.5).__round__(), (1e300).__round__(-299))
for bad in [float("inf"), float("nan")]:
    try:
        bad.__round__()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1.5).__round__(1, 2)
except TypeError as e:
    print(e)
inf = float("inf")
print((-inf) ** 0.5, (-inf) ** -0.5, (-inf) ** 2.5, (-inf) ** 3, (-inf) ** -3, inf ** -0.5, (-1.0) ** inf, 0.5 ** -inf, 2.0 ** -inf)
