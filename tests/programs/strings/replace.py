# replace with counts and edge cases.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"), "abc".replace("", ""))
print("aaaa".replace("aa", "b"), "aaaa".replace("a", ""), "abc".replace("abc", ""), "abc".replace("x", "y"))
print("ababab".replace("aba", "X"), "hello".replace("l", "LL"), "tab\there".replace("\t", "    "))
print("ñandú".replace("ñ", "n").replace("ú", "u"), "日本日本".replace("日", "月", 1))
print(s.replace("two", "2"))
try:
    s.replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
x = "banana"
for n in range(-1, 5):
    print(n, x.replace("a", "o", n), x.replace("an", "", n))
