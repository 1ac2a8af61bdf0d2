"""Dict- and set-heavy graph algorithms on a pseudo-random sparse graph:
breadth-first distances from several sources, connected components by
union-find over a dict, triangle counting by set intersection, k-core
decomposition by repeated peeling, and strongly connected components
(iterative Tarjan) of a directed version.

Measures: dict get/set/in with int and tuple keys, set add/discard/&,
list-as-queue and stack, tight loops with little arithmetic.
"""
import sys


def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        yield state >> 33


def make_graph(n, m, seed):
    rnd = lcg(seed)
    adj = {i: set() for i in range(n)}
    edges = []
    m = min(m, n * (n - 1) // 2)
    while len(edges) < m:
        a = next(rnd) % n
        # Mostly local edges so there is structure (triangles, cores).
        if next(rnd) % 4 and n > 13:
            b = (a + 1 + next(rnd) % 12) % n
        else:
            b = next(rnd) % n
        if a == b or b in adj[a]:
            continue
        adj[a].add(b)
        adj[b].add(a)
        edges.append((a, b))
    return adj, edges


def bfs(adj, src):
    dist = {src: 0}
    queue = [src]
    head = 0
    while head < len(queue):
        v = queue[head]
        head += 1
        d = dist[v] + 1
        for w in adj[v]:
            if w not in dist:
                dist[w] = d
                queue.append(w)
    return dist


def components(n, edges):
    parent = {}

    def find(x):
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            nxt = parent.get(x, x)
            parent[x] = root
            x = nxt
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    sizes = {}
    for v in range(n):
        r = find(v)
        sizes[r] = sizes.get(r, 0) + 1
    return sizes


def triangles(adj):
    count = 0
    for v, ns in adj.items():
        for w in ns:
            if w > v:
                count += len(ns & adj[w])
    return count // 3


def k_core(adj):
    degree = {v: len(ns) for v, ns in adj.items()}
    remaining = set(adj)
    core = {}
    k = 0
    while remaining:
        peel = {v for v in remaining if degree[v] <= k}
        if not peel:
            k += 1
            continue
        while peel:
            v = peel.pop()
            if v not in remaining:
                continue
            remaining.discard(v)
            core[v] = k
            for w in adj[v]:
                if w in remaining:
                    degree[w] -= 1
                    if degree[w] <= k:
                        peel.add(w)
    return core


def tarjan(succ, n):
    index = {}
    low = {}
    on_stack = set()
    stack = []
    comps = 0
    biggest = 0
    counter = 0
    for root in range(n):
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(succ[w])))
                    advanced = True
                    break
                if w in on_stack and index[w] < low[v]:
                    low[v] = index[w]
            if advanced:
                continue
            work.pop()
            if work:
                u = work[-1][0]
                if low[v] < low[u]:
                    low[u] = low[v]
            if low[v] == index[v]:
                size = 0
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    size += 1
                    if w == v:
                        break
                comps += 1
                if size > biggest:
                    biggest = size
    return comps, biggest


def main(n):
    adj, edges = make_graph(n, n * 3, 12345)
    check = 0
    for src in range(0, n, max(1, n // 8)):
        dist = bfs(adj, src)
        far = max(dist.values())
        check = (check * 31 + len(dist) * 7 + far + sum(dist.values())) % 1000000007
    sizes = components(n, edges)
    tri = triangles(adj)
    core = k_core(adj)
    max_core = max(core.values())
    in_max = sum(1 for v in core if core[v] == max_core)
    succ = {v: sorted(w for w in ns if (v * 7 + w) % 3 != 0) for v, ns in adj.items()}
    scc, biggest = tarjan(succ, n)
    print("nodes", n, "edges", len(edges))
    print("components", len(sizes), "largest", max(sizes.values()))
    print("triangles", tri)
    print("max core", max_core, "vertices", in_max)
    print("strongly connected components", scc, "largest", biggest)
    check = (check + len(sizes) * 3 + tri * 5 + max_core * 11 + in_max + scc * 13 + biggest) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30000)
