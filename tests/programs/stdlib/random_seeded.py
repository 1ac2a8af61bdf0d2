import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(100), random.getrandbits(0))
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(100, 0, -3))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choice("abcdefg"), random.choice([1, 2, 3]))
print(random.sample(range(100), 5))
print(random.sample(range(10000), 8))
print(random.sample(["a", "b", "c", "d"], 4))
print(random.sample(["x", "y"], 5, counts=[3, 4]))
print(random.choices("abc", k=5))
print(random.choices("abc", weights=[1, 0, 5], k=6))
print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
print(random.uniform(1, 3), random.triangular(0, 10, 2))
print(random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(0.5, 1))
print(random.lognormvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2))

for s in [0, 1, 12345, 2 ** 32, 2 ** 40 + 7, -5, 10 ** 30, 3.5]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(64))

st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, st[0], len(st[1]))

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(0, 10 ** 20))
r3 = random.Random()
r3.seed(99)
print(r3.random())
big = random.Random(2024)
print([big.random() for _ in range(700)][-1])
print(random.Random(5).randbytes(6))

for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(0, 10, 0), lambda: random.sample([1, 2], 3),
            lambda: random.getrandbits(-1), lambda: random.choices("ab", weights=[0, 0]),
            lambda: random.choices("ab", weights=[1]), lambda: random.randint(3, 1),
            lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
