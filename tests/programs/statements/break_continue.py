# break and continue in nested loops and with try/finally
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("outer", i)
    for j in range(5):
        if j == 2:
            continue
        if j > 3:
            break
        print("  inner", i, j)
def loop_with_finally():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(loop_with_finally())
def break_in_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            print("caught", e)
            if i == 1:
                break
        else:
            print("no")
    return i
print(break_in_except())
def continue_in_finally_return():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
            out.append(-i)
    return out
print(continue_in_finally_return())
# break from while True with flag
found = None
nums = [3, 7, 12, 5]
while True:
    for n in nums:
        if n > 10:
            found = n
            break
    break
print("found", found)
# continue skips rest including else-less code
evens = []
for n in range(10):
    if n % 2:
        continue
    evens.append(n)
print(evens)
# break inside with
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False
for i in range(3):
    with CM():
        if i == 1:
            break
        print("in with", i)
print("after")
