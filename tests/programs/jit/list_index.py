# List reads and writes by index inside a compiled loop, and an
# IndexError raised from compiled code and caught by the loop.
# jit: loops compiled >= 1
def histogram(n):
    buckets = [0] * 16
    for i in range(n):
        buckets[(i * 7) % 16] += i
    return buckets

def safe_sum(xs, n):
    s = 0
    misses = 0
    for i in range(n):
        try:
            s += xs[i]
        except IndexError:
            misses += 1
    return s, misses

print(histogram(50000))
print(safe_sum(list(range(3000)), 5000))
