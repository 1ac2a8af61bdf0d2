# Loops inside generators: each is compiled from its header to the yield
# (the interpreter yields, and resuming reaches the compiled header
# again), including a yield inside a branch, a yield of a value computed
# in the loop, an exception raised between yields, send(), a generator
# that is closed early, and a search loop whose hot iterations return
# from the function.
# jit: loops compiled >= 5
# jit: aborts == 0


def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


def filtered(xs):
    for x in xs:
        if x % 3 == 0:
            yield x // 3


def running_mean(xs):
    total = 0.0
    count = 0
    for x in xs:
        total += x
        count += 1
        yield total / count


def accumulate():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got


def fails_at(n):
    for i in range(n + 10):
        if i == n:
            raise ValueError("stop at %d" % i)
        yield i


def first_index(xs, target):
    i = 0
    for x in xs:
        if x == target:
            return i
        i += 1
    return -1


def main():
    print(sum(squares(30000)))
    print(sum(filtered(range(30000))))
    means = list(running_mean(range(1, 20001)))
    print(means[0], means[-1], len(means))
    acc = accumulate()
    next(acc)
    for k in range(5000):
        last = acc.send(k)
    print(last)
    acc.close()
    got = []
    try:
        for v in fails_at(4000):
            got.append(v)
    except ValueError as e:
        print(e, len(got), got[-1])
    g = squares(10 ** 9)
    print([next(g) for _ in range(2000)][-1])
    g.close()
    data = list(range(3000))
    print(sum(first_index(data, t) for t in range(0, 3000, 3)), first_index(data, -5))


main()
