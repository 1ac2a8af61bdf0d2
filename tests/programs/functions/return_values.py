# Return statements and values
def nothing():
    pass
def bare():
    return
def explicit_none():
    return None
print(nothing(), bare(), explicit_none())
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return f"stopped at {i}"
    return "finished loop"
print(early(-1), early(10), early(0))
def in_while():
    i = 0
    while True:
        i += 1
        if i == 5:
            return i
print(in_while())
def return_in_try():
    try:
        return "from try"
    finally:
        print("  finally runs before return completes")
print(return_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def return_starred():
    rest = [2, 3]
    return 1, *rest
print(return_starred())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def returns_self_recursive(n):
    return n if n == 0 else returns_self_recursive(n - 1)
print(returns_self_recursive(50))
def cond_return(x):
    return "yes" if x else "no"
print(cond_return(1), cond_return(0))
def return_in_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("  exit")
    with CM():
        return "from with"
print(return_in_with())
def returns_generator_func():
    return (i for i in range(3))
print(list(returns_generator_func()))
def return_walrus():
    return (y := 10) + y
print(return_walrus())
def nested_loops_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
print(nested_loops_return())
def return_value_kept_in_var():
    result = []
    def add(x):
        result.append(x)
        return result
    return add(1) is add(2)
print(return_value_kept_in_var())
