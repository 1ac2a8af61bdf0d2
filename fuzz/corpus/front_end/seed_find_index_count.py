# find / rfind / index / rindex / count with start and end.
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "aa"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    for start, end in [(0, None), (1, None), (3, 8), (-4, None), (-4, -1), (5, 2), (100, None), (0, 100), (-100, 3), (None, 5)]:
        print("   ", start, end, s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, -1), s.index("", 11))
for args in [("z",), ("a", 11), ("abra", 1, 9), ("c", -3)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("index", args, type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("rindex", args, type(e).__name__, e)
print("".find(""), "".count(""), "abc".count(""), "aaaa".count("aa"), "".find("a"), "abc".find("", 5), "abc".rfind(""))
print("héllo wörld".find("ö"), "日本語テキスト".find("テ"), "日本語テキスト".count("キ"))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
