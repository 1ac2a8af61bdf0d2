# bool is a subclass of int.
print(True + True, True * 10, False - 1, -True, ~True, +False)
print(True / 2, True // 2, True % 2, True ** 5, 10 ** False)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(True == 1, False == 0, True < 2, False > -1)
print(repr(True), str(False), int(True), float(True), hex(True), bin(False))
print([10, 20, 30][True], [10, 20, 30][False], "ab"[True])
d = {1: "one", True: "true", 0: "zero", False: "false", 1.0: "float"}
print(d)
print(len(d))
print(True << 5, True & 3, False | 4, True ^ 1)
print(divmod(True, 2), abs(True), abs(False), round(True))
print(bool(0), bool(-1), bool(2**100), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(True.bit_length(), (True).conjugate(), True.real)
print(f"{True:d} {True:5} {True!r} {False:>6}|")
print(format(True, "b"), format(True, "x"), format(False, "03d"))
x = True
x += 1
print(x, type(x).__name__)
print(bool.__name__, type(False).__name__, bool("False"))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
