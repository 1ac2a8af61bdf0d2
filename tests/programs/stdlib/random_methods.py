import random

r = random.Random(123456789)
print([r.randrange(10 ** 20) for _ in range(3)], r.randrange(-10, 10), r.randrange(-(2 ** 70), 2 ** 70, 3))
print(r.getrandbits(64), r.getrandbits(65), r.getrandbits(1000) % 1000003, r.randint(-5, -1))
big = list(range(1000))
r.shuffle(big)
print(big[:10], sum(big), sorted(big) == list(range(1000)))
print(r.sample(range(10 ** 6), 10), r.sample(list("abcdefghij"), 10), r.sample(range(50), 0))
print(r.sample(range(30), 25)[:5], r.sample(tuple(range(100)), 3))
print(r.choices(range(10), k=10), r.choices("ab", [0.1, 0.9], k=8), r.choices([1, 2, 3], cum_weights=[0, 0, 1]))
print([round(r.gauss(), 12) for _ in range(3)], [round(r.normalvariate(10, 2), 12) for _ in range(3)])
print([round(r.expovariate(0.5), 12) for _ in range(2)], [round(r.gammavariate(a, 2), 12) for a in (0.5, 1.0, 3.0)])
print([round(r.betavariate(a, b), 12) for a, b in ((0.5, 0.5), (2, 5), (1, 1))], round(r.vonmisesvariate(1.0, 4.0), 12))
print([round(r.triangular(), 12) for _ in range(2)], round(r.triangular(5, 1), 12), r.triangular(2, 2))
print(round(r.uniform(-1, 1), 15), round(r.paretovariate(3), 12), round(r.weibullvariate(2, 3), 12))
state = r.getstate()
seq1 = [r.random() for _ in range(5)] + [r.gauss() for _ in range(3)]
r.setstate(state)
seq2 = [r.random() for _ in range(5)] + [r.gauss() for _ in range(3)]
print(seq1 == seq2, len(state[1]), state[1][-1], type(state[2]).__name__)
r2 = random.Random()
r2.setstate(state)
print(r2.random() == seq1[0])
try:
    r.setstate((2, (), None))
except ValueError as e:
    print("ValueError", e)
random.seed(2 ** 100 + 17)
print(random.random(), random.choice(range(100)), random.randbytes(3))
random.seed(True)
print(random.random())
random.seed(1)
print(random.random())
random.seed(0)
print(random.random(), random.random())


class MyRandom(random.Random):
    def random(self):
        return 0.5


m = MyRandom(3)
print(m.uniform(0, 10), m.choices("xyz", k=3), m.randrange(100))
