# Chained assignment
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d["a"] = d["b"] = 5
print(d)
class O: pass
o = O()
o.x = o.y = "same"
print(o.x, o.y)
lst = [0, 0, 0]
lst[0] = lst[2] = 9
print(lst)
# evaluation order: targets assigned left to right
trace = []
class T:
    def __setitem__(self, k, v):
        trace.append((k, v))
t = T()
t["first"] = t["second"] = t["third"] = "v"
print(trace)
i = 0
i = lst[i] = 2
print(i, lst)
a = b = a_list = [1, 2]
a += [3]
print(a, b, a_list)
n = m = 10
n += 1
print(n, m)
(s, t2), u = v = ((1, 2), 3)
print(s, t2, u, v)
e = f, g = 7, 8
print(e, f, g)
