# if / elif / else with various truthy values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x == 1:
    pass
elif x == 5:
    print("elif hit")
if x > 0 and x < 10 or x == 100:
    print("compound")
def side(v, label):
    print("eval", label)
    return v
if side(False, "a") or side(True, "b"):
    print("or short-circuit")
if side(False, "c") and side(True, "d"):
    print("unreachable")
else:
    print("and short-circuit")
if (y := x * 2) > 8:
    print("walrus in if", y)
class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False
if Falsy():
    print("no")
else:
    print("Falsy is false")
class Sized:
    def __len__(self):
        return 0
print("empty sized" if not Sized() else "nonempty")
