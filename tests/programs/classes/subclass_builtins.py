# Subclassing built-in types
class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, v):
        super().append(v * 10)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list))
print(ml[1:], type(ml[1:]).__name__, type(ml + [1]).__name__, ml == [1, 2, 3, 40])
ml.extend([5])
print(ml)
class DefaultDict(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
dd = DefaultDict(list, a=[1])
dd["b"].append(2)
print(dd, dd.get("zz"), "zz" in dd, len(dd))
class UpperStr(str):
    def shout(self):
        return self.upper() + "!"
us = UpperStr("hello")
print(us, us.shout(), len(us), us + " world", type(us + "x").__name__, repr(us), us == "hello")
print(type(us.upper()).__name__, isinstance(us, str), us[1:3])
class PosInt(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        return super().__new__(cls, value)
    def double(self):
        return PosInt(self * 2)
pi = PosInt(21)
print(pi, pi.double(), pi + 1, type(pi + 1).__name__, type(pi.double()).__name__, pi == 21)
try:
    PosInt(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr == (1, 2), type(pr).__name__, hash(pr) == hash((1, 2)))
class TrackedSet(set):
    def add(self, item):
        print("  adding", item)
        super().add(item)
ts = TrackedSet([3, 1])
ts.add(2)
print(sorted(ts), type(ts).__name__, 2 in ts, type(ts | {9}).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Counter(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
cnt = Counter()
cnt["x"] = cnt["x"] + 1
print(cnt, cnt["y"])
class IntWithRepr(int):
    def __repr__(self):
        return f"IntWithRepr({int(self)})"
print([IntWithRepr(5)], IntWithRepr(5) + IntWithRepr(6), str(IntWithRepr(7)))
