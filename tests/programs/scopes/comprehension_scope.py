# Comprehensions have their own scope
x = "outer"
print([x for x in "ab"], x)
print({x: 1 for x in "cd"}, x)
print({x for x in "e"}, x)
print(list(x for x in "f"), x)
def in_function():
    y = "function y"
    result = [y + str(i) for i in range(2)]
    return result, y
print(in_function())
def loop_var_not_leaked():
    [i for i in range(3)]
    return "i" in dir()
print(loop_var_not_leaked())
def nested_comprehension_sees_outer_loop():
    return [[(a, b) for b in range(a)] for a in range(3)]
print(nested_comprehension_sees_outer_loop())
def first_iterable_evaluated_outside():
    items = [1, 2, 3]
    return [items for items in items]
print(first_iterable_evaluated_outside())
def closures_in_comprehension():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda j: lambda: j)(i) for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures_in_comprehension())
def walrus_escapes():
    data = [3, 8, 1]
    if any((big := v) > 5 for v in data):
        return "found", big
print(walrus_escapes())
def comprehension_reads_later_assignment():
    f = lambda: [late for _ in range(1)]
    late = "assigned after lambda def"
    return f()
print(comprehension_reads_later_assignment())
def generator_late_binding():
    n = 1
    g = (n * k for k in range(3))
    n = 10
    return list(g)
print(generator_late_binding())
def generator_first_iter_early():
    seq = [1, 2]
    g = (v for v in seq)
    seq = [100, 200]
    return list(g)
print(generator_first_iter_early())
def cond_uses_enclosing():
    limit = 2
    return [v for v in range(5) if v > limit]
print(cond_uses_enclosing())
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
def shadowing_param(i):
    vals = [i for i in range(2)]
    return vals, i
print(shadowing_param("param"))
g = 5
print([g for g in range(g)], g)
