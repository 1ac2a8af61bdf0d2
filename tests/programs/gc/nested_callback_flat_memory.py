# piepie-test: no-gc-stress
"""The whole workload runs inside a callback from a built-in (the key
function of sorted() over a one-element list, then a map() consumed by
sum()): millions of garbage cycles are built there, and the process's
resident memory must stay flat while the outer built-in call is running."""


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


class Node:
    def __init__(self, payload):
        self.payload = payload
        self.other = None


def make_cycle(i):
    a = Node([i, i + 1, i + 2])
    b = Node(str(i) * 20)
    a.other = b
    b.other = a
    lst = [a]
    lst.append(lst)
    return i


def workload(rounds):
    total = 0
    baseline = None
    growth_ok = True
    for round_no in range(rounds):
        for i in range(100_000):
            total += make_cycle(i)
        if round_no == 2:
            baseline = rss_kib()
        elif baseline is not None and rss_kib() - baseline > 64 * 1024:
            growth_ok = False
    return (total, growth_ok)


results = []
sorted([10], key=lambda n: results.append(workload(n)))
print("in sorted key:", results[0])
print("in map:", list(map(workload, [6])))
