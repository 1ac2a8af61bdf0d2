# Float vs int comparisons at the precision edge and with huge ints.
f = 2.0 ** 53
for d in [-2, -1, 0, 1, 2]:
    i = 2**53 + d
    print(d, i == f, i < f, i > f, i <= f, i >= f, f == i, f < i)
g = 1e300
n = int(g)
print(n == g, n + 1 == g, n + 1 > g, n - 1 < g, g < n + 1)
print(10**309 > 1e308, 10**309 > float("inf"), -(10**309) < float("-inf"))
print(0.1 == 1 / 10, 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], nan < 0, nan >= 0)
print(-0.0 == 0.0, -0.0 < 0.0, 0 == -0.0, (-0.0).__eq__(0))
print(sorted([1e16, 2**53 + 1, 2**53, 9007199254740992.0, -0.0, 0, 1]))
print(max(2**64, 1.8446744073709552e19), min(2**64, 1.8446744073709552e19))
print(float(2**64) == 2**64, float(2**64 + 1) == 2**64 + 1)
print(1 < 1.0000000000000002, 1 == 1.0000000000000001)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(-9007199254740993 < -9007199254740992.0)
print(hash(2.0**53) == hash(2**53), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")))
