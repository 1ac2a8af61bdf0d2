# sort with key, reverse, stability; sorted().
nums = [5, -2, 9, 0, -7, 3, 3, 12, -2]
a = nums[:]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.sort(key=abs)
print(a)
a.sort(key=abs, reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted(sorted(recs), key=lambda r: r[1]))
print(sorted([3.5, 1, 2.25, -1, True]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5), reverse=True), sorted([]))
b = [1, 2, 3]
r = b.sort()
print(r, b)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: "a" if x == 1 else 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
stable = [(i % 3, i) for i in range(15)]
print(sorted(stable, key=lambda t: t[0]))
print(sorted(stable, key=lambda t: t[0], reverse=True))
