# `total += i * 2.5`: floats mixed with ints in a compiled range loop.
# jit: loops compiled >= 1
# jit: aborts == 0
def accumulate(n):
    total = 0.0
    for i in range(n):
        total += i * 2.5
        total -= i / 4
    return total

print(accumulate(30000))
print(accumulate(3))
