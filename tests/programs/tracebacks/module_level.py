# Uncaught exception directly at module level
values = [1, 2, 3]
print("sum", sum(values))
print(values[3])
