# str() and repr() of various objects.
class Plain:
    pass
class WithStr:
    def __str__(self):
        return "WithStr!"
class WithRepr:
    def __repr__(self):
        return "WithRepr()"
class Both:
    def __str__(self):
        return "both-str"
    def __repr__(self):
        return "both-repr"
objs = [1, -2.5, True, None, "s", b"b", [1, "a"], (1,), (), {"a": [1]}, {1, 2}, set(), frozenset(), frozenset([3]),
        range(3), range(1, 10, 2), slice(1, 2), slice(None), Ellipsis, NotImplemented, int, str, type, object,
        ValueError("bad"), KeyError("k"), ValueError(), ValueError(1, 2), WithRepr(), Both(),
        [WithRepr(), Both()], bytearray(b"ab"), 10**20, float("nan"), {"k": Both()}]
for o in objs:
    print(str(o), "|", repr(o))
print(str(WithStr()), str([1, WithStr()]).startswith("[1, <__main__.WithStr object at "))
print(str(Plain).startswith("<class '"), str(Plain()).startswith("<"), str(len), repr(print))
print(str(), str(""), str(str("x")), type(str(5)).__name__)
print(str(Exception("a", "b")), repr(Exception("a", "b")), str(KeyError("missing")), str(KeyError()), repr(StopIteration()))
print(str(ValueError), str(Plain.__name__), Plain.__qualname__, str(WithStr.__str__(WithStr())))
print(repr(str.upper), str.__name__)
