# object(): instances, attributes, comparisons, default dunder behaviour.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, o is o, isinstance(o, object), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o < p
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(str(o).startswith("<object object at "), repr(o) == str(o), hash(o) == hash(o))
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a.__eq__(a), a.__eq__(1), a.__ne__(a), object.__eq__(a, a))
print(Plain.__bases__[0] is object, object.__name__, object.__bases__, type(object).__name__)
print(sorted(n for n in dir(object()) if n in ("__eq__", "__hash__", "__repr__", "__str__", "__init__", "__class__")))
sentinel = object()
def find(seq, target, default=sentinel):
    for x in seq:
        if x == target:
            return x
    return default
print(find([1, 2], 3) is sentinel, find([1, 2], 2))
class Custom(object):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(Custom(3).v, object.__new__(Plain).__class__.__name__)
print(o.__class__ is object, object().__str__().startswith("<object"))
