# repr of nested and recursive dicts.
d = {"a": {"b": {"c": [1, 2, {"d": ()}]}}, 1: None, 2.5: True, (1, 2): "t", None: b"x", "q'": 'x"y'}
print(d)
print(repr(d) == str(d))
r = {}
r["self"] = r
print(r)
r2 = {"k": [1]}
r2["k"].append(r2)
print(r2)
a = {}
b = {"a": a}
a["b"] = b
print(a, b)
print({}, {1: {}}, {"": ""}, {0: 0.0}, {-1: -0.0})
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
print({K(1): K(2), K(3): [K(4)]})
print(str({"x": "é\n"}), repr({"t": "\t"}), ascii({"é": "ü"}))
