# Comparisons and chains
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 < 1 <= 1 < 2)
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 > 4, 1 < x != 5)
print(1 < 2.5 < 3, 2 == 2.0, 0.1 + 0.2 > 0.3, -0.0 == 0.0)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "a" * 3 == "aaa")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 99))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], (1, "a") < (1, "b"))
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1} < {2})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
print(None == None, None == 0, None != False, [] == (), [] == [], "1" == 1)
print(True == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 == 1e20)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
inf = float("inf")
print(inf > 10 ** 400, -inf < -10 ** 400, inf == inf, 10 ** 400 > 1e308)
log = []
def v(n):
    log.append(n)
    return n
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) == v(2) == v(3), log)
for a, b in [(1, "a"), ("a", 1), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({1} < [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a" < b"b", b"abc" == b"abc", bytearray(b"x") == b"x")
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(max([3, 1, 2]), min("hello"), sorted([(2, "b"), (1, "z"), (2, "a")]))
