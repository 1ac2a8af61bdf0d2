# Iterating strings, building them, conversions.
s = "héllo"
for i, c in enumerate(s):
    print(i, c, ord(c), c.isalpha())
print(list(s), tuple("ab"), set("aab") == {"a", "b"}, dict.fromkeys("ab"), [c * 2 for c in "xyz"])
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(list(reversed("abc")), sorted("cba"), "".join(sorted("cba", reverse=True)))
acc = ""
for i in range(10):
    acc += chr(ord("a") + i)
print(acc, acc[::-1], acc.upper())
print(str(123) + str(4.5) + str(True) + str(None), int("7") + float("0.5"))
print(list(zip("abc", "12")), list(map(ord, "AB")), list(filter(str.isupper, "aBcD")))
print(any(c.isdigit() for c in "ab1"), all(c.islower() for c in "abc"), sum(len(w) for w in ["a", "bb"]))
print(min("hello"), max("hello"), "hello".count("l"), sorted(set("mississippi")))
lines = "a=1\nb=2\nc=3".splitlines()
print({k: int(v) for k, v in (line.split("=") for line in lines)})
print("%s" % list("abc"), str(list("abc")), repr("".join(["a", "b"])))
n = 12345
digits = [int(ch) for ch in str(n)]
print(digits, sum(digits), str(n)[::-1], int(str(n)[::-1]))
