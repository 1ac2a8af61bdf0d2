# Conditional (ternary) expressions
for n in [-2, 0, 3]:
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 10
y = x if x > 5 else -x
print(y)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print([i if i % 2 else -i for i in range(5) if i != 3])
def side(v, label):
    print("  eval", label)
    return v
print(side("A", "a") if side(True, "cond") else side("B", "b"))
print(side("A", "a") if side(0, "cond") else side("B", "b"))
print(1 if [] else 2, 1 if [0] else 2, "s" if "" else "e")
z = (1 if True else 2) + 10
print(z)
w = 1 if False else 2 + 10
print(w)
print(f"{'yes' if x else 'no'}")
print({k: ("big" if v > 1 else "small") for k, v in {"a": 1, "b": 2}.items()})
nested = "a" if x > 5 else ("b" if x > 0 else "c")
print(nested)
val = None
print(val if val is not None else "default")
print((yield_ := 3) if x else 0, yield_)
t = 1, 2 if False else 3
print(t)
print(x if x < 5 else x * 2 if x < 20 else x * 3)
print(not x if x else "falsy x")
