# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, repr(r), str(r), [r])
print(str(s), s)
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b))
print(repr(s).startswith("<__main__.StrOnly object at "))
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([ReprOnly()])]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class RaisingRepr:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([RaisingRepr()])
except ValueError as e:
    print(type(e).__name__, e)
class Unicode:
    def __repr__(self):
        return "Ünïcödé"
print(repr(Unicode()), ascii(Unicode()), str(Unicode()))
class MyStr(str):
    def __repr__(self):
        return "MyStr(" + super().__repr__() + ")"
print(repr(MyStr("x")), str(MyStr("x")), [MyStr("y")])
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
class Recursive:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Recursive(" + ", ".join(repr(i) for i in self.items) + ")"
rec = Recursive()
rec.items.append(Recursive())
print(rec)
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
print(str(None), repr(None), str(True), repr("q'uo\"te"), repr(1.0), str(-0.0))
