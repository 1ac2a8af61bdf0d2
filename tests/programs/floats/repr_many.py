# repr of many pseudo-random floats (stresses shortest round-trip repr).
seed = 987654321
def nxt():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
for i in range(60):
    a = nxt() % 10**6
    b = nxt() % 10**6 + 1
    e = nxt() % 40 - 20
    x = a / b * 10.0 ** e
    print(repr(x), str(-x), repr(x * 3), repr(x / 7))
for i in range(20):
    bits = nxt() >> 11
    print(repr(bits / 2**53), repr(bits * 1.0), repr(float(bits) ** 0.5))
