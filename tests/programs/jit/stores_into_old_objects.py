# Compiled loops store new objects into attributes, __slots__ members and
# list items of objects that survived collections (old objects), while
# the loop allocates enough for young collections to run in between: the
# stores go through compiled code's write barrier, and every stored
# object must still be intact afterwards.
# jit: loops compiled >= 1
import gc


class Node:
    def __init__(self):
        self.payload = None
        self.count = 0


class Slot:
    __slots__ = ("payload",)

    def __init__(self):
        self.payload = None


nodes = [Node() for _ in range(64)]
slots = [Slot() for _ in range(64)]
table = [None] * 64
gc.collect()


def fill(rounds):
    for i in range(rounds):
        k = i % 64
        n = nodes[k]
        n.payload = [i, "v%d" % i, (i, -i)]
        n.count += 1
        slots[k].payload = {"i": i, "s": str(i)}
        table[k] = ("t", [i] * 3)


fill(200000)
gc.collect()
print(sum(n.payload[0] for n in nodes), sum(n.count for n in nodes))
print(sorted(n.payload[1] for n in nodes)[:3], nodes[5].payload[2])
print(sum(s.payload["i"] for s in slots), slots[7].payload["s"])
print(sum(t[1][2] for t in table), table[63])
