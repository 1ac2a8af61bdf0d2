# Loop variables leak into the enclosing scope; except targets do not
for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
print("j defined after empty loop:", "j" in globals())
while False:
    w = 1
print("w defined:", "w" in globals())
def loop_in_function():
    for k in range(5):
        if k == 2:
            break
    return k
print(loop_in_function())
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
try:
    raise ValueError("first")
except ValueError as err:
    inside = str(err)
print(inside, "err" in globals())
err = "preexisting value"
try:
    raise KeyError("second")
except KeyError as err:
    pass
print("err removed even though it existed before:", "err" in globals())
def except_in_func():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    try:
        return e
    except UnboundLocalError as ue:
        return "UnboundLocalError: " + str(ue) + " | saved " + type(saved).__name__
print(except_in_func())
if True:
    block_var = "if blocks do not create scope"
print(block_var)
with open(__file__) as fh:
    with_var = "with blocks do not create scope"
print(with_var, fh.closed)
try:
    try_var = "try blocks do not create scope"
finally:
    pass
print(try_var)
funcs = []
for n in range(3):
    funcs.append(lambda: n)
print([f() for f in funcs])
n = 100
print([f() for f in funcs])
