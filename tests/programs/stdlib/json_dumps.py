import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps(1.5), json.dumps(0.1), json.dumps(1e100), json.dumps(1e-7), json.dumps(-0.0), json.dumps(3.0))
print(json.dumps(10 ** 30), json.dumps(123456789.123456789))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(float("-inf")))
print(json.dumps("hello"), json.dumps('q"b\\s/'), json.dumps("\n\r\t\b\f\x00\x1f\x7f"))
print(json.dumps("héllo wörld €"), json.dumps("😀 x"))
print(json.dumps("héllo €😀\x01", ensure_ascii=False))
print(json.dumps([1, "a", None, [2, [3]], {}]), json.dumps(()), json.dumps((1, 2)))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({1: "x", 2.5: "y", True: "t", False: "f", None: "n"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": []}], "c": {}}, indent=2))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": [1, 2]}, indent="--", sort_keys=True))
print(json.dumps({"a": [1, 2], "b": 3}, separators=(",", ":")))
print(json.dumps({"a": [1, 2], "b": 3}, indent=4, separators=(", ", " = ")))
print(json.dumps([[], {}, [[]]], indent=2))
print(json.dumps({"x": object()}, default=lambda o: "OBJ"))
print(json.dumps({"s": {1, 2, 3}}, default=sorted))
print(json.dumps({"a": 1, (1, 2): 3, "b": 2}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(PointEncoder(sort_keys=True).encode({"p": Point(0, 0)}))
print(json.JSONEncoder().encode({"k": [1.25]}))
print("".join(json.JSONEncoder(indent=1).iterencode([1, {"a": 2}])))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyDict(a=1), True]))
w = Writer()
json.dump({"a": [1, 2, 3], "b": "c"}, w, indent=1)
print(repr("".join(w.parts)))

d = {}
d["self"] = d
lst = [1]
lst.append(lst)
for bad in [lambda: json.dumps(object()), lambda: json.dumps({"a": {1, 2}}),
            lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(d), lambda: json.dumps(lst),
            lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps([float("inf")], allow_nan=False),
            lambda: json.dumps({1: 2, "a": 3}, sort_keys=True),
            lambda: json.dumps(b"bytes"), lambda: json.dumps([Point(1, 2)]),
            lambda: json.dumps(Point(1, 2), cls=PointEncoder, default=None) and json.dumps(Writer(), cls=PointEncoder)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
