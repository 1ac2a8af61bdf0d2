# Indexing and slicing non-ASCII strings (code-point indices over UTF-8 storage).
s = "aé日😀b" * 50
print(s[3:9], s[-5:], s[:0], s[10:3], s[::-3][:7], s[2:200][-4:], len(s[1:-1]))
for i in range(0, len(s), 37):
    print(i, s[i], s[i:i+5], s[-i-1])
t = "x" * 100 + "é"
print(t[99:], t[100], t[50:52])
