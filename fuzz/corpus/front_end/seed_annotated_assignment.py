# Annotated assignment: annotation evaluated, value assigned
x: int = 5
print(x)
y: str
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
z: "forward ref" = [1, 2]
print(z)
w: list[int] = []
w.append(3)
print(w)
calls = []
def ann():
    calls.append("ann evaluated")
    return int
v: ann() = 10
print(v, calls)
def f():
    a: int = 1
    b: float
    a += 1
    return a
print(f())
class C:
    attr: int = 7
    other: str
    def __init__(self):
        self.inst: int = 3
c = C()
print(C.attr, c.inst, hasattr(C, "other"))
d = {}
d["k"]: int = 5
print(d)
class O: pass
o = O()
o.field: str = "set"
print(o.field)
t: tuple = 1, 2
print(t)
def g():
    n: int
    try:
        return n
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)
print(g())
q: dict[str, list[int]] = {"a": [1]}
print(q)
