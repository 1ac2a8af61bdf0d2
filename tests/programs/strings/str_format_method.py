# str.format with positional / keyword / attribute / index fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

p = Point(3, -4)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0.x},{0.y} {p.x}".format(p, p=p))
print("{0[0]} {0[2]} {d[key]} {d[1]}".format([10, 20, 30], d={"key": "v", 1: "int-key"}))
print("{[a]}".format({"a": 5}), "{0[a][1]}".format({"a": [7, 8]}))
print("{!r} {!s} {!a}".format("hé", "hé", "hé"))
print("{0!r:>12}|{1:<6}|{2:^7}|".format("x", "left", "mid"))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=3))
print("{:{}}|{:{}}|".format("a", 4, "b", 3))
print("{{literal}} {{{}}}".format(42))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}".format("r", "l", "c", "s", -1.5))
print("{:+d} {: d} {:x} {:#o} {:,} {:_b} {:e} {:.2%}".format(5, 5, 255, 8, 10**7, 10, 12345.6789, 0.256))
print("{0:s} {0:10s}| {1:5d}|".format("str", 42))
print("{}".format(p), "{!r}".format(p), "{0}".format([p]))
print("{0}{1}{0}".format("ab", "-"), "{}".format(None), "{}".format(True), "{:d}".format(True))
print("{:c}{:c}".format(72, 105), "{:.3}".format("abcdef"), "{:>6.2}|".format("xyz"))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                      ("{0.zz}", (p,), {}), ("{", (), {}), ("}", (), {}), ("{:d}", ("s",), {}),
                      ("{!x}", (1,), {}), ("{0:}}", (1,), {}), ("{:=5}", ("ab",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
