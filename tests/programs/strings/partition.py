# partition / rpartition.
for s in ["key=value", "key=val=ue", "novalue", "=", "", "==", "a=b=c=d", "=start", "end="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"), "abc".rpartition("c"))
print("日本=語".partition("="), "日本語".rpartition("本"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".rpartition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a".partition(None)
except TypeError as e:
    print(type(e).__name__, e)
head, sep, tail = "http://example.com/path".partition("://")
print(head, sep, tail)
