# nonlocal counters and accumulators
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return increment, reset, peek
inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc2, _, peek2 = make_counter(100, -10)
print(inc2(), inc2(), peek2(), peek())
def running_average():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add
avg = running_average()
print([avg(v) for v in [10, 20, 30, 40]])
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nf = fib_gen_closure()
print([nf() for _ in range(12)])
def nested_counters():
    outer_count = 0
    def level1():
        nonlocal outer_count
        inner_count = 0
        def level2():
            nonlocal outer_count, inner_count
            outer_count += 1
            inner_count += 10
            return outer_count, inner_count
        return level2
    l2a = level1()
    l2b = level1()
    return l2a(), l2a(), l2b(), outer_count
print(nested_counters())
def independent():
    makers = [make_counter() for _ in range(3)]
    out = []
    for i, (inc_, _, pk) in enumerate(makers):
        for _ in range(i + 1):
            inc_()
        out.append(pk())
    return out
print(independent())
def nonlocal_in_loop():
    hits = 0
    def hit():
        nonlocal hits
        hits += 1
    for _ in range(1000):
        hit()
    return hits
print(nonlocal_in_loop())
def nonlocal_del():
    x = 1
    def remove():
        nonlocal x
        del x
    remove()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
