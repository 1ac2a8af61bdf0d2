# Hot loops whose operand types change mid-loop (int -> bigint -> float -> str)
total = 0
for i in range(5000):
    total += i * i
print(total)
x = 1
for i in range(200):
    x = x * 3
print(x, type(x).__name__, x.bit_length())
acc = 0
for i in range(3000):
    if i == 1500:
        acc = float(acc)
    acc += i
print(acc, type(acc).__name__)
vals = []
v = 0
for i in range(2000):
    if i == 1000:
        v = "s"
    elif i == 1001:
        v = 0
    if isinstance(v, str):
        v = v + "!"
    else:
        v = v + 1
    if i in (999, 1000, 1001, 1999):
        vals.append(v)
print(vals)
n = 2 ** 62
steps = 0
while n < 2 ** 64:
    n += 2 ** 58
    steps += 1
print(n, steps)
m = -(2 ** 63) + 5
for _ in range(10):
    m -= 1
print(m)
prod = 1
for k in range(1, 40):
    prod *= k
    prod //= (k // 2 + 1)
print(prod)
def f(v):
    return v + 1
results = []
for i in range(3000):
    if i == 2000:
        def f(v):
            return v * 2
    if i % 1000 == 999 or i == 2000:
        results.append(f(i))
print(results)
class P:
    def __init__(self, v):
        self.v = v
objs = [P(i) for i in range(1000)]
s = 0
for idx, o in enumerate(objs):
    if idx >= 500:
        o.extra = idx
    s += o.v + getattr(o, "extra", 0)
print(s)
items = list(range(1000)) + [1.5, True, 2 ** 70]
total = 0
for it in items:
    total += it
print(total)
count = 0
i = 0
while True:
    i += 1
    try:
        if i == 4321:
            raise ValueError(i)
    except ValueError as e:
        count = e.args[0]
        break
print(count)
shift = 1
for i in range(100):
    shift <<= 1
print(shift, shift >> 99)
fl = 0.0
for i in range(10000):
    fl += 0.1
print(fl, round(fl, 6))
d = {}
for i in range(2000):
    d[i % 7] = d.get(i % 7, 0) + i
print(d)
s = ""
for i in range(500):
    s += chr(97 + i % 26)
print(len(s), s[:30], s[-5:])
