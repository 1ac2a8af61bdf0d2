# Exceptions raised inside calls inlined into a compiled loop: caught by
# the loop (the interpreter raises them at the callee's instruction), and
# finally one that escapes with the callee's line in the traceback.
# jit: loops compiled >= 1
def pick(items, i):
    return items[i]


def ratio(a, b):
    return a // b


def main():
    items = list(range(50))
    caught = 0
    total = 0
    for i in range(2000):
        try:
            total += pick(items, i % 60)
        except IndexError:
            caught += 1
    print(total, caught)
    for i in range(3000, -1, -1):
        total += ratio(10**6, i - 5)
    print(total)


main()
