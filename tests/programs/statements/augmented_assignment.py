# Augmented assignment on names, attributes, subscripts
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 2
x **= 10; print(x)
x >>= 3; print(x)
x <<= 1; print(x)
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
# list += extends in place; tuple += makes a new object
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
l1 = l1 + [3]
print(l1, l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2, t1 is t2)
l = [1]
l += "ab"
print(l)
l *= 2
print(l)
class C:
    def __init__(self):
        self.n = 0
c = C()
c.n += 5
c.n *= 3
print(c.n)
d = {"k": 1}
d["k"] += 10
d["new"] = d.get("new", 0) + 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
# subscript evaluated once
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 1
print(arr, calls)
# a tuple item that is a list: += mutates then fails
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    y = "a"
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
f = 1.5
f += 1
print(f)
big = 2 ** 62
big += big
print(big)
