# getattr, setattr, hasattr (and delattr-like via del).
class Obj:
    cls_value = "class"
    def __init__(self):
        self.x = 1
    def meth(self):
        return "meth"
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_value"), getattr(o, "missing", "default"), getattr(o, "meth")())
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(Obj, "meth"), hasattr(5, "real"), hasattr("s", "upper"))
setattr(o, "y", 2)
setattr(o, "x", 10)
print(o.x, o.y, vars(o))
setattr(Obj, "added", "to class")
print(o.added, Obj.added)
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(Obj, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(None, "x")
except AttributeError as e:
    print(type(e).__name__, e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name.upper()
        raise AttributeError("no " + name)
d = Dyn()
print(getattr(d, "d_val"), hasattr(d, "d_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
class Raises:
    @property
    def boom(self):
        raise ValueError("boom")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
for name in ["a", "b", "c"]:
    setattr(o, name, name * 2)
print([getattr(o, n) for n in ["a", "b", "c"]], getattr(getattr(o, "meth"), "__name__"))
print(getattr([1, 2], "count")(1), getattr({"k": 1}, "get")("k"), getattr(3, "__add__")(4))
