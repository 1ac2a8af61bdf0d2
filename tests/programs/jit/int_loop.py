# An integer while-loop: compiled once, no aborts, leaves through its
# loop condition's guard.
# jit: loops compiled >= 1
# jit: aborts == 0
def count(n):
    total = 0
    i = 0
    while i < n:
        total += i * 2 - (i & 7)
        i += 1
    return total

print(count(20000))
print(count(5))
