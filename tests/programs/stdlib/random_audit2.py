"""random round 2: subclasses overriding random(), counts in sample, big ranges, float weights, state round trips."""
import random


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Fixed(random.Random):
    def random(self):
        return 0.5


f = Fixed(1)
t("subclass random()", lambda: (f.random(), f.uniform(0, 10), f.choice("abcde"), f.randint(1, 100), f.triangular(0, 1)))


class OnlyBits(random.Random):
    pass


o = OnlyBits(7)
t("subclass inherits", lambda: (o.random(), o.randrange(1000), o.sample(range(10), 3)))
random.seed(2024)
t("sample counts", lambda: random.sample(["red", "blue"], counts=[4, 2], k=5))
t("sample counts bad", lambda: random.sample(["a"], counts=[1, 2], k=1))
t("sample counts neg", lambda: random.sample(["a", "b"], counts=[-1, 2], k=1))
t("sample counts nonint", lambda: random.sample(["a"], counts=[1.5], k=1))
t("sample k big", lambda: random.sample(range(5), 5))
t("sample from range huge", lambda: random.sample(range(10 ** 12), 3))
t("randrange huge", lambda: (random.randrange(10 ** 30), random.randrange(-10 ** 20, 10 ** 20, 7)))
t("randrange neg step", lambda: [random.randrange(10, 0, -2) for _ in range(5)])
t("choices float weights", lambda: random.choices("abc", weights=[0.1, 0.7, 0.2], k=6))
t("choices cum", lambda: random.choices("abc", cum_weights=[1, 1, 5], k=6))
t("choices k0", lambda: random.choices("abc", k=0))
t("choices empty", lambda: random.choices([], k=1))
t("choices inf weights", lambda: random.choices("ab", weights=[1, float("inf")]))
t("choices neg total", lambda: random.choices("ab", weights=[-1, -1]))
t("shuffle random arg", lambda: random.shuffle([1, 2], random.random))
t("getrandbits big", lambda: random.getrandbits(200).bit_length() <= 200)
t("uniform equal", lambda: random.uniform(3, 3))
t("gauss seq", lambda: [round(random.gauss(), 12) for _ in range(4)])
t("normalvariate seq", lambda: [round(random.normalvariate(5, 2), 12) for _ in range(3)])
t("expovariate", lambda: [round(random.expovariate(), 12) for _ in range(2)] if False else round(random.expovariate(2), 12))
t("state tuple", lambda: (lambda s: (s[0], len(s[1]), s[2]))(random.getstate()))
t("setstate bad", lambda: random.setstate((99, (), None)))
t("setstate bad len", lambda: random.setstate((3, (1, 2, 3), None)))
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
t("state replay", lambda: a == [random.random() for _ in range(3)])
r1 = random.Random(5)
r2 = random.Random()
r2.setstate(r1.getstate())
t("state across instances", lambda: [r1.random() == r2.random() for _ in range(3)])
t("seed int vs float", lambda: (lambda x, y: x == y)(random.Random(3).random(), random.Random(3.0).random()))
t("seed negative", lambda: random.Random(-5).random() == random.Random(5).random())
t("seed bytearray", lambda: random.Random(bytearray(b"ab")).random() == random.Random(b"ab").random())
t("seed bool", lambda: random.Random(True).random() == random.Random(1).random())
t("randbytes", lambda: random.Random(9).randbytes(6))
t("binomial-ish absent", lambda: hasattr(random, "binomialvariate"))
t("Random repr", lambda: repr(random.Random(1)).startswith("<random.Random object at"))
