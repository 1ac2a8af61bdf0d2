# Deep recursion with loops inside each level, the JIT on.
# jit: loops compiled >= 1
def depth(n):
    if n == 0:
        return 0
    s = 0
    for i in range(30):
        s += i
    return depth(n - 1) + s

print(depth(900))
try:
    depth(100000)
except RecursionError:
    print("RecursionError")
