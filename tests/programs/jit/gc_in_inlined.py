# Heavy allocation inside calls inlined into a compiled loop, with cycles,
# so the collector runs while compiled code holds references only in the
# frames of inlined calls.
# jit: loops compiled >= 1
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None


def pair(v):
    a = Node(v)
    b = Node([v, str(v), (v, v + 1)])
    a.other = b
    b.other = a
    return a


def weight(n):
    return n.v + n.other.v[0] + len(n.other.v[1]) + n.other.v[2][1]


def main():
    total = 0
    keep = []
    for i in range(30000):
        n = pair(i)
        total += weight(n)
        if i % 5000 == 0:
            keep.append(n)
    print(total, [k.v for k in keep])


main()
