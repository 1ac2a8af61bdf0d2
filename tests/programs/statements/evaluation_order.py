# Evaluation order of expressions and assignments
log = []
def v(x, label=None):
    log.append(label if label is not None else x)
    return x
def show(title):
    print(title, log)
    log.clear()
r = v(1) + v(2) * v(3)
show("binary ops left to right")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display key then value")
f = lambda *a, **k: None
f(v(1), v(2), x=v(3), *[v(4)], **{"y": v(5)})
show("call arguments")
lst = [0, 0]
lst[v(0, "index")] = v(9, "value")
show("subscript assignment: value first")
class O:
    pass
o = O()
def obj():
    log.append("obj")
    return o
obj().attr = v("val")
show("attribute assignment")
a = v(1) < v(2) < v(0) < v(5)
show("chained comparison stops early")
x = v(True) or v("not evaluated")
show("or short circuit")
y = v(0) and v("no")
show("and short circuit")
z = v("a") if v(False) else v("b")
show("conditional: condition first")
s = v(1, "low"), v(2, "high")
t = [v(i) for i in range(3)]
show("tuple then list comprehension")
lst2 = [1, 2, 3, 4]
lst2[v(1, "start"):v(3, "stop")] = [v("new")]
show("slice assignment")
print(lst2)
w = v(2) ** v(3) ** v(2)
show("power right-assoc but operands left to right")
print(w)
def ff(a, b):
    return a - b
print(ff(b=v(1), a=v(10)))
show("keyword args evaluated in written order")
m = v({})
m[v("key")] = m.get(v("key2"), 0)
show("get on rhs before subscript target")
n = [v(10)]
n[v(0)] += v(5)
show("augmented subscript")
print(n)
