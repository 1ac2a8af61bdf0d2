# A compiled loop driven by a generator, and one that sums a generator
# expression.
# jit: loops compiled >= 1
def evens(n):
    i = 0
    while i < n:
        yield i
        i += 2

def consume(n):
    total = 0
    for v in evens(n):
        total += v
    return total

print(consume(40000))
print(sum(x * x for x in range(5000)))
