"""Seeded random sequences for every listed function, plus argument errors."""
import random


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for seed in [0, 1, 42, -7, 2 ** 40 + 3, 10 ** 30, "hello", b"bytes", 3.5, None.__class__.__name__]:
    random.seed(seed)
    print("seed", seed, [random.random() for _ in range(3)])
    print(" randint", [random.randint(-5, 5) for _ in range(8)], random.randint(0, 2 ** 70))
    print(" randrange", random.randrange(10), random.randrange(3, 100, 7), random.randrange(10, 0, -3),
          random.randrange(2 ** 65))
    print(" choice", random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(1000)))
    xs = list(range(12))
    random.shuffle(xs)
    print(" shuffle", xs)
    print(" sample", random.sample(range(100), 5), random.sample("abcdef", 6), random.sample([1, 2, 3], 0))
    print(" uniform", random.uniform(1, 10), random.uniform(5, -5))
    print(" gauss", random.gauss(0, 1), random.gauss(10, 2.5), random.gauss())
    print(" normalvariate", random.normalvariate(0, 1))
    print(" choices", random.choices("abc", k=5), random.choices(range(10), weights=[1] * 9 + [20], k=4),
          random.choices("xy", cum_weights=[1, 10], k=3))
    print(" getrandbits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))
    print(" expo", random.expovariate(1.5), " tri", random.triangular(0, 10, 3), random.triangular())
    print(" betav", random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(2.5, 1))
    print(" lognorm", random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3),
          random.weibullvariate(1, 2))
    print(" randbytes", random.randbytes(5))

random.seed(5)
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
print("state", a == [random.random() for _ in range(3)])
r = random.Random(99)
print("Random", r.random(), r.randint(1, 6), r.choice("xyz"))
r2 = random.Random()
r2.seed(99)
print("Random2", r2.random())
random.seed(12, version=1)
print("v1", random.random())
random.seed("abc", version=1)
print("v1 str", random.random())
t("randint bad", lambda: random.randint(5, 1))
t("randint float", lambda: random.randint(1.5, 3))
t("randrange empty", lambda: random.randrange(0))
t("randrange empty2", lambda: random.randrange(5, 5))
t("randrange step0", lambda: random.randrange(1, 5, 0))
t("choice empty", lambda: random.choice([]))
t("sample big", lambda: random.sample([1, 2], 3))
t("sample neg", lambda: random.sample([1, 2], -1))
t("sample set", lambda: random.sample({1, 2}, 1))
t("sample counts", lambda: random.sample(["a", "b"], 3, counts=[2, 2]))
t("choices both", lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]))
t("choices len", lambda: random.choices("ab", weights=[1]))
t("choices zero", lambda: random.choices("ab", weights=[0, 0]))
t("getrandbits neg", lambda: random.getrandbits(-1))
t("seed list", lambda: random.seed([1, 2]))
t("shuffle tuple", lambda: random.shuffle((1, 2)))
t("triangular eq", lambda: random.triangular(1, 1))
t("Random.seed kw", lambda: random.Random(a=3).random())
