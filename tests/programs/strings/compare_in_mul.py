# Comparison, membership, concatenation and repetition.
words = ["apple", "Apple", "app", "apples", "", "b", "a", "Z", "z", "10", "9", "é", "e"]
print(sorted(words))
print(sorted(words, reverse=True))
for a, b in [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("abc", "abc"), ("é", "f")]:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print("ell" in "hello", "" in "abc", "" in "", "xyz" in "abc", "H" in "hello", "lo" not in "hello")
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "a" != None)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, repr("x" * 1))
try:
    print("ab" * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("ab" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + "ab")
except TypeError as e:
    print(type(e).__name__, e)
s = "x"
s += "y"
s *= 3
print(s, len(s))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("+".join(parts), max(words), min(words))
print("abc".__len__(), "abc".__contains__("b"), "abc".__add__("d"), "abc".__mul__(2))
print("a" < "b" < "c", "b" > "a" > "A", ("a", "b") < ("a", "c"))
