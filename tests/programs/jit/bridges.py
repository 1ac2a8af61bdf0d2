# Bridges: a loop whose branch goes the other way every third iteration
# (the guard's exit gets a bridge that jumps back into the loop), a loop
# whose accumulator becomes a float halfway, and nested loops where the
# inner loop's exit is bridged to the rest of the outer body and back
# into the inner loop. The results stay exact.
# jit: bridges compiled >= 2
# jit: loops compiled >= 2


def branches(n):
    a = 0
    b = 0
    for i in range(n):
        if i % 3 == 0:
            a += i
        else:
            b -= i
    return a, b


def becomes_float(n):
    acc = 0
    for i in range(n):
        if i == n // 2:
            acc = acc + 0.5
        acc = acc + i
    return acc


def nested(rows, cols):
    total = 0
    for r in range(rows):
        line = 0
        for c in range(cols):
            line += r * c
        total += line % 1000
    return total


def classify(n):
    counts = [0, 0, 0, 0]
    for i in range(n):
        k = (i * 7) % 10
        if k < 3:
            counts[0] += 1
        elif k < 5:
            counts[1] += k
        elif k < 9:
            counts[2] -= 1
        else:
            counts[3] += i
    return counts


print(branches(30000))
print(becomes_float(30000))
print(nested(3000, 40))
print(classify(40000))
