# del statement on names, items, slices, attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[50]
except IndexError as e:
    print(type(e).__name__, e)
class O:
    cls_attr = 1
o = O()
o.x = 5
o.y = 6
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
(p, q) = (1, 2)
del (p, q)
print("p" in dir())
[r, s] = [3, 4]
del [r, s]
print("r" in dir())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in dir())
try:
    del undefined
except NameError as e:
    print(type(e).__name__, e)
