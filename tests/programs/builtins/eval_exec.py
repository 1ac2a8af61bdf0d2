# eval and exec with globals and locals.
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"), eval("  7  "))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x", {"x": 1}, {"x": 2}))
g = {"a": 5}
exec("b = a * 2\nc = b + 1", g)
print(g["b"], g["c"], sorted(k for k in g if k != "__builtins__"))
ns = {}
exec("def f(n):\n    return n + 100\nresult = f(1)", ns)
print(ns["result"], ns["f"](2))
loc = {}
exec("z = 42", {}, loc)
print(loc)
print(exec("1 + 1"), eval("None"))
exec("x = 99")
print(x)
code = """
total = 0
for i in range(5):
    total += i
"""
scope = {}
exec(code, scope)
print(scope["total"])
for bad in ["1 +", "x = ", "(("]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("len"), eval("abs(-3)", {}), eval("__name__"), eval("(1, 2)"), eval("{'k': [1]}"))
def inner():
    y = 7
    return eval("y * 2")
print(inner())
