# piepie-test: no-gc-stress
# Reference cycles are collected: a million two-object cycles (plus a
# self-referencing list each) are built and dropped, and the process's
# resident memory must stay flat. A leak of one cycle would grow it by
# gigabytes; the check allows 64 MiB of drift after the warm-up.


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
    b = Node(str(i))
    a.other = b
    b.other = a
    lst = [a]
    lst.append(lst)
    return i


total = 0
baseline = None
growth_ok = True
for round_no in range(10):
    for i in range(100_000):
        total += make_cycle(i)
    if round_no == 2:
        baseline = rss_kib()
    elif baseline is not None and rss_kib() - baseline > 64 * 1024:
        growth_ok = False
print("cycles built:", 10 * 100_000)
print("checksum:", total)
print("memory flat:", growth_ok)
