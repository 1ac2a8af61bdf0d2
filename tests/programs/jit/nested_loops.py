# Nested loops: the inner loop is compiled; the outer one, whose trace
# would unroll the inner loop, may abort as too long, but the result
# stays exact.
# jit: loops compiled >= 1
def table(n):
    acc = 0
    for i in range(n):
        j = 0
        while j < 200:
            acc += (i ^ j) % 7
            j += 1
    return acc

print(table(300))
