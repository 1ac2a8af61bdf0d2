"""Library benchmark: random generating 5 million numbers with a fixed seed.

Seeds the Mersenne Twister with an int and draws random(), randint,
randrange, choice, uniform, gauss, shuffle and sample, about 5 million
numbers in all, summing them into exact checksums (random() floats are
multiples of 2**-53, so their sums in a fixed order are exact).

Measures: the random module (Mersenne Twister written in the subset on
piepie, C in CPython): 32-bit int arithmetic, getrandbits, rejection
sampling in randbelow, float math in gauss.
"""
import sys
import random


def main(n):
    random.seed(20240601)
    check = 0
    acc = 0.0
    for _ in range(n):
        acc += random.random()
    print(f"random sum {acc:.9f}")
    ints = 0
    for _ in range(n // 2):
        ints += random.randint(1, 1000)
    for _ in range(n // 4):
        ints += random.randrange(0, 1 << 40, 3)
    print("ints", ints)
    items = ["a", "b", "c", "d", "e", "f", "g"]
    counts = {}
    for _ in range(n // 4):
        c = random.choice(items)
        counts[c] = counts.get(c, 0) + 1
    print("choices", [counts.get(c, 0) for c in items])
    u = 0.0
    for _ in range(n // 4):
        u += random.uniform(-2.0, 3.0)
    g = 0.0
    for _ in range(n // 8):
        g += random.gauss(10.0, 2.0)
    print(f"uniform {u:.6f} gauss {g:.6f}")
    deck = list(range(1000))
    for _ in range(n // 20000):
        random.shuffle(deck)
        check = (check * 31 + deck[0] * 1000 + deck[999]) % 1000000007
    picks = 0
    for _ in range(n // 20000):
        s = random.sample(range(100000), 50)
        picks = (picks * 7 + s[0] + s[49]) % 1000000007
    print("deck", deck[:5], "picks", picks)
    check = (check + ints + picks + int(acc) + int(u) + int(g)) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
