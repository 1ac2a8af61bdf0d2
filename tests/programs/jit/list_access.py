# List and tuple items read and written by compiled code: negative
# indices, an index out of range raised from the loop, a list that grows
# while the loop reads it (its buffer moves), a list subclass and a bool
# index (both take the general path), and stores read back at once.
# jit: loops compiled >= 4


def window_sums(xs, w):
    out = []
    for i in range(w, len(xs)):
        out.append(xs[i] - xs[i - w] + xs[-1] - xs[-w])
    return out


def grow_and_read(n):
    xs = [1, 2, 3]
    total = 0
    for i in range(n):
        xs.append(xs[i] + xs[-1] % 7)
        total += xs[i // 2] + xs[len(xs) - 1]
    return total, len(xs)


def swap_pairs(xs):
    for i in range(0, len(xs) - 1, 2):
        a = xs[i]
        xs[i] = xs[i + 1]
        xs[i + 1] = a
        xs[-1] = xs[i] + xs[-1]
    return xs[:6], xs[-1]


def tuple_reads(points):
    sx = sy = 0
    for p in points:
        sx += p[0] * p[-1]
        sy += p[1] - p[-2]
    return sx, sy


def out_of_range(xs, n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += xs[i % (len(xs) + 3)]
        except IndexError as e:
            caught += 1
            msg = str(e)
    return total, caught, msg


def store_out_of_range(xs, n):
    caught = 0
    for i in range(n):
        try:
            xs[-(i % 6) - 1] = i
        except IndexError as e:
            caught += 1
            msg = str(e)
    return xs, caught, msg


class Row(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


def mixed_kinds(n):
    plain = [1, 2, 3]
    row = Row([1, 2, 3])
    total = 0
    for i in range(n):
        seq = row if i % 500 == 499 else plain
        total += seq[i % 3] + plain[True] + plain[False]
    return total


print(window_sums(list(range(3000)), 7)[-3:])
print(grow_and_read(3000))
print(swap_pairs(list(range(3001))))
print(tuple_reads([(i, i * 2, i * 3) for i in range(3000)]))
print(out_of_range([5, 6, 7], 3000))
print(store_out_of_range([0, 0, 0, 0], 3000))
print(mixed_kinds(3000))
