# Indexing and slicing, including negative indices and steps.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3], s[-4])
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1], s[-1:-11:-1], s[-1::-4])
print(s[::3], s[::100], s[::-100], s[0:10:4], s[5::-1], s[:5:-1], s[None:None:None])
for step in [1, 2, 3, -1, -2, -3]:
    print(step, [s[a:b:step] for a in (None, 0, 3, -2, 12) for b in (None, 0, 4, -3, 15)])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[slice(1, 4)], s[slice(None, None, -3)], "".join(reversed(s)))
u = "héllo wörld 日本語"
print(u[1], u[-1], u[7], u[12:], u[::-1], u[::3], len(u))
