# and / or / not return values (not just booleans)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or {})
print([] and "x", [1] and "x", "a" or "b", "" or "b")
print(not 0, not 1, not "", not "a", not None, not [], not [0])
print(0 or 0.0 or "" or None, 1 and 2 and 3, 1 and 0 and 3)
print(True + (not False), type(not 1).__name__)
print(None and 1/0, 1 or 1/0)
def t(v):
    print("  eval", repr(v))
    return v
print("a:", t(1) and t(0) and t(2))
print("b:", t(0) or t("") or t("x") or t("never"))
print("c:", t(1) and t("") or t("fallback"))
print("d:", not t([]) and t("yes"))
x = 5
print(x > 3 and "big" or "small", x < 3 and "big" or "small")
print(0 < x and x < 10, not x == 5, not (x == 5))
print((True and False) or (False or True), not not x)
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool(None), bool(...))
print(bool(range(0)), bool(frozenset()), bool(bytearray()), bool(b"0"))
print(True == 1, False == 0, True is not False, True + True + True)
print(isinstance(True, int), issubclass(bool, int), str(True), repr(False))
print(int(True), float(False), True * 2.5, -True, ~True)
print(sum([True, True, False, True]), max(False, True), min([True, False]))
class Weird:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ of", self.v)
        return self.v
w1, w0 = Weird(True), Weird(False)
r = w0 or w1
print(r.v)
r = w1 and w0
print(r.v)
print(not w0)
class BadBool:
    def __bool__(self):
        return 1
try:
    print(not BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), LenOnly(0) or "empty")
print(bool(object()), bool(Weird) )
