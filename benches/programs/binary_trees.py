"""Allocation/GC benchmark: build and discard many complete binary trees of
small objects, each node pointing to its children *and* to its parent, so
every tree is a web of reference cycles that only a cycle collector frees.

Measures: object allocation with __slots__, attribute stores, the garbage
collector under heavy allocation of cyclic garbage, recursive traversal,
and walking parent pointers. A long-lived tree stays alive throughout, so
the collector also has to keep tracing (or skipping) old objects.
"""
import sys


class Node:
    __slots__ = ("left", "right", "parent", "value")

    def __init__(self, value):
        self.left = None
        self.right = None
        self.parent = None
        self.value = value


def build(depth, value):
    """A complete tree of the given depth; node values are heap indices."""
    node = Node(value)
    if depth > 0:
        left = build(depth - 1, 2 * value)
        right = build(depth - 1, 2 * value + 1)
        left.parent = node
        right.parent = node
        node.left = left
        node.right = right
    return node


def check(node):
    """Count nodes and fold their values into a checksum."""
    if node.left is None:
        return 1, node.value & 0xFF
    ln, lsum = check(node.left)
    rn, rsum = check(node.right)
    return ln + rn + 1, (lsum + rsum + (node.value & 0xFF)) & 0xFFFFFF


def leftmost_path_length(node):
    while node.left is not None:
        node = node.left
    steps = 0
    while node.parent is not None:
        node = node.parent
        steps += 1
    return steps


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)

    stretch = build(max_depth + 1, 1)
    count, _ = check(stretch)
    print(f"stretch tree of depth {max_depth + 1}: nodes {count}")
    stretch = None

    long_lived = build(max_depth, 1)

    checksum = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        nodes = 0
        fold = 0
        path = 0
        for i in range(iterations):
            tree = build(depth, i + 1)
            c, s = check(tree)
            nodes += c
            fold = (fold + s) & 0xFFFFFF
            path += leftmost_path_length(tree)
        print(f"{iterations} trees of depth {depth}: nodes {nodes} fold {fold} path {path}")
        checksum = (checksum * 131 + nodes + fold + path) % 1000000007

    count, s = check(long_lived)
    print(f"long lived tree of depth {max_depth}: nodes {count} fold {s}")
    print(f"checksum {(checksum * 131 + count + s) % 1000000007}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 14)
