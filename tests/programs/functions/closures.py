# Closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def late_binding():
    v = 1
    def get():
        return v
    v = 2
    return get
print(late_binding()())
def shared_cell():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = shared_cell()
print(get())
set_(42)
print(get())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def counter_factory():
    counts = []
    def record(item):
        counts.append(item)
        return len(counts)
    return record
rec = counter_factory()
rec("a"); rec("b")
print(rec("c"))
def closure_over_loop_var():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return [f() for f in funcs]
print(closure_over_loop_var())
def make_funcs_scoped():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]
print(make_funcs_scoped())
def cell_unassigned():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return inner()
print(cell_unassigned())
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3))
