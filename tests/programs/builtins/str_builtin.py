# str() constructor.
print(str(), str(1), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str({1}), str(b"hi"), str(range(2)))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "utf-8"), str(b"\xff", "utf-8", "replace"))
class S:
    def __str__(self):
        return "custom"
class R:
    def __repr__(self):
        return "repr-only"
class BadStr:
    def __str__(self):
        return 5
print(str(S()), str(R()), str([R()]), str(str), str(ValueError("msg")))
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), type(m).__name__, isinstance(m, str), m + "x", type(m + "x").__name__, str(m), type(str(m)).__name__, len(m))
print(str(1e16), str(0.1), str(-0.0), str(2**100), str(float("nan")), str(...))
