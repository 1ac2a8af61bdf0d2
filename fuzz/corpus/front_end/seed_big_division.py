# Big-int division, modulo and decimal conversion with many operand sizes.
seed = 12345
def rand_big(digits):
    global seed
    out = 0
    for _ in range(digits):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = out * 10 + seed % 10
    return out
for da, db in [(40, 20), (60, 30), (100, 3), (100, 99), (200, 100), (30, 30), (19, 10), (50, 1)]:
    a = rand_big(da) + 1
    b = rand_big(db) + 1
    for sa, sb in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
        x, y = sa * a, sb * b
        q, r = divmod(x, y)
        print(da, db, sa, sb, q, r, q * y + r == x, abs(r) < abs(y))
n = 7 ** 300
s = str(n)
print(len(s), s[:30], s[-30:], int(s) == n)
print(str(-(10**99)), len(str(2**3000)), sum(int(c) for c in str(2**1000)))
print((10**100) // (10**50 + 1), (10**100) % (10**50 + 1))
print(3**200 // 2**150, 3**200 % 2**150, -(3**200) // 2**150, -(3**200) % 2**150)
f = 1
for i in range(1, 60):
    f *= i
print(f // (2**56), f % 1000000007, f // f, f % f)
