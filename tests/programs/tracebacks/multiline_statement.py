# Exception raised inside a call whose arguments span several lines
def combine(a, b, c):
    return a + b + c

result = combine(
    1,
    2,
    3,
)
print(result)
result = combine(
    "x",
    "y",
    3,
)
print(result)
