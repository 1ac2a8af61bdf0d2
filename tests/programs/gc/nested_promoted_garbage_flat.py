# piepie-test: no-gc-stress
"""Garbage that young collections promoted (it was live while a callback
from a built-in ran, and died when the callback returned) is collected
once the outer loop runs again: a loop whose every step builds and drops
a large structure inside sorted()'s key function runs in flat memory."""


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


class Card:
    def __init__(self, i):
        self.i = i
        self.label = "card %d" % i
        self.tags = [i % 7, i % 11]


def build(n):
    cards = [Card(i) for i in range(n)]
    index = {c.label: c for c in cards}
    # keep allocating while the structure is live, so that young
    # collections run (and keep it) inside the callback
    total = 0
    for c in cards:
        total += len(str(c.tags))
    return total + len(index)


steps = 30
baseline = None
peak = 0
totals = set()
for step in range(steps):
    out = []
    sorted([150_000], key=lambda n: out.append(build(n)))
    totals.add(out[0])
    if step == 3:
        baseline = rss_kib()
    elif baseline is not None:
        peak = max(peak, rss_kib() - baseline)
print(sorted(totals))
print("flat:", peak < 96 * 1024)
