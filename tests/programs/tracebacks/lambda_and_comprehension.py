# Traceback frames for lambdas and comprehensions
scale = lambda v: 100 // v

def compute(values):
    return [scale(v) for v in values]

print(compute([1, 2, 5]))
print(compute([4, 0]))
