# A loop calling small functions and methods: the calls are inlined into
# the trace (no frames in compiled code), and guards failing inside an
# inlined call rebuild its frame for the interpreter.
# jit: loops compiled >= 1
# jit: calls inlined >= 3
def square(x):
    return x * x


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


class Counter:
    def __init__(self):
        self.n = 0
        self.items = []

    def add(self, v):
        self.n += v
        self.items.append(v)
        return self.n

    def size(self):
        return len(self.items)


def main():
    c = Counter()
    total = 0
    for i in range(4000):
        total += square(i % 97) + clamp(i, 100, 3000)
        c.add(i % 7)
        if c.size() % 1000 == 0:
            print("size", c.size(), total)
    print(total, c.n)
    # Types change inside the inlined call: ints, then floats, then big ints.
    acc = 0
    for i in range(3000):
        if i < 1000:
            v = i
        elif i < 2000:
            v = i * 0.5
        else:
            v = i * 10**20
        acc += square(v)
    print(acc)


main()
