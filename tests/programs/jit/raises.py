# An exception raised inside a compiled loop is raised with the right
# line in its traceback.
# jit: loops compiled >= 1
def divide(n):
    total = 0
    for i in range(n, -1, -1):
        total += 1000000 // i
    return total

try:
    divide(5000)
except ZeroDivisionError as e:
    print("caught", e, e.__traceback__.tb_next.tb_lineno)

def overflow_then_fail(n):
    x = 1
    i = 0
    while i < n:
        x = x * 2
        i += 1
    return [1, 2][x]

overflow_then_fail(2000)
