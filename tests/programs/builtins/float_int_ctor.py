# float() and int() constructors with objects defining conversion hooks.
class F:
    def __float__(self):
        return 2.5
class I:
    def __int__(self):
        return 7
class Idx:
    def __index__(self):
        return 9
print(float(F()), int(I()), int(Idx()), float(Idx()))
print(int(3.99), int(-3.99), int("  42 "), int("-0b101", 0), int(True), int(2**70 / 1), float(5), float("1e-3"), float(" -inf "))
print(int("10", base=16), int("7"), float(" 1_0.5 "))
class BadF:
    def __float__(self):
        return "no"
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
class BadI:
    def __int__(self):
        return 1.5
try:
    int(BadI())
except TypeError as e:
    print(type(e).__name__, e)
for v in ["", "1.0", "abc", "0x"]:
    try:
        int(v)
    except ValueError as e:
        print(type(e).__name__, e)
for v in ["", "1,5", "1e"]:
    try:
        float(v)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float({})
except TypeError as e:
    print(type(e).__name__, e)
print(type(int()).__name__, type(float()).__name__, int.__name__, isinstance(int("5"), int))
class MyInt(int):
    pass
class MyFloat(float):
    pass
mi = MyInt(5)
mf = MyFloat(1.5)
print(mi, mf, mi + 1, type(mi + 1).__name__, type(mi).__name__, int(mi), type(int(mi)).__name__, float(mf), type(float(mf)).__name__)
