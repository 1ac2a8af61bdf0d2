# for loops with else over many iterable kinds
for x in [1, 2, 3]:
    print(x, end=" ")
else:
    print("| else")
for x in []:
    print("never")
else:
    print("empty else")
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find("abcdef", "d")
find("abcdef", "z")
for ch in "hi":
    print(ch)
for k in {"b": 1, "a": 2}:
    print("key", k)
for k, v in {"b": 1, "a": 2}.items():
    print(k, v)
for n in range(10, 0, -3):
    print("range", n)
for t in (1, "two", 3.0):
    print(type(t).__name__)
for s in {3, 1, 2}:
    print("set", s)
for b in b"AB":
    print("byte", b)
# loop variable remains after the loop
for last in range(4):
    pass
print("last", last)
# modifying the loop variable does not affect iteration
for i in range(3):
    print("i before", i)
    i = 100
# iterating a list while appending (bounded)
lst = [1, 2]
for v in lst:
    if len(lst) < 5:
        lst.append(v * 10)
print(lst)
# for with target being an attribute / subscript
class O: pass
o = O()
for o.attr in range(2):
    print("attr", o.attr)
d = {}
for d["key"] in "xy":
    print(d)
# nested for with break/else
for a in range(3):
    for b in range(3):
        if a + b == 3:
            print("pair", a, b)
            break
    else:
        print("no pair for", a)
try:
    for z in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for i, (x, y) in enumerate(zip("ab", [1, 2]), start=1):
    print(i, x, y)
