# KeyError messages use the repr of the key.
d = {"a": 1, 1: "one", (1, 2): "tuple"}
for key in ["missing", 2, 2.5, (1, 3), None, "quo'te", "", (), frozenset([1]), True, b"bytes", "é"]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    d.pop(42)
except KeyError as e:
    print("pop", type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise KeyError()
except KeyError as e:
    print(type(e).__name__, repr(str(e)))
print(isinstance(KeyError(), LookupError), issubclass(KeyError, Exception))
