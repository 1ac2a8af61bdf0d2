# Values whose types change mid-run: small ints that overflow into big
# ints, ints that become floats, and objects of three classes; the loop
# keeps its exact results.
# jit: loops compiled >= 1
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x

def mixed(n):
    acc = 0
    for i in range(n):
        if i == n // 2:
            acc = float(acc)
        acc = acc + i
    return acc

class A:
    v = 1
class B:
    v = 2
class C:
    v = 3

def classes(n):
    objs = [A(), B(), C()]
    total = 0
    for i in range(n):
        total += objs[(i // 1000) % 3].v
    return total

print(grow(3000) % 1000000007)
print(mixed(20000))
print(classes(9000))
