"""Kanbo workload 1: topologically sort a 20,000-card board.

Cards are linked by successor ids (card A must be finished before its
successors). The order is Kahn's algorithm with a heapq priority queue keyed
by (priority, due day, id), so among ready cards the most urgent comes
first; afterwards the longest dependency chain and each card's earliest
start (in days) are computed along the order. Repeated several times over
boards with different seeds.

Measures: heapq (written in the subset on piepie), tuple comparison, dict
lookups by int id, list appends, small objects with __slots__.
"""
import sys
import heapq


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


class Card:
    __slots__ = ("id", "title", "priority", "due", "estimate", "successors", "column")

    def __init__(self, cid, title, priority, due, estimate, column):
        self.id = cid
        self.title = title
        self.priority = priority
        self.due = due
        self.estimate = estimate
        self.successors = []
        self.column = column


COLUMNS = ["backlog", "todo", "doing", "review", "done"]


def make_board(n, seed):
    rnd = lcg(seed)
    # Ids are shuffled so that id order is not a topological order.
    ids = list(range(1, n + 1))
    for i in range(n - 1, 0, -1):
        j = next(rnd) % (i + 1)
        ids[i], ids[j] = ids[j], ids[i]
    cards = {}
    for pos, cid in enumerate(ids):
        cards[cid] = Card(cid, f"card {cid}", next(rnd) % 5, next(rnd) % 90,
                          1 + next(rnd) % 8, COLUMNS[next(rnd) % len(COLUMNS)])
    # Successors always point later in `ids`, so the graph is acyclic.
    for pos, cid in enumerate(ids):
        k = next(rnd) % 4
        for _ in range(k):
            if pos + 1 >= n:
                break
            succ = ids[pos + 1 + next(rnd) % min(50, n - pos - 1)]
            if succ not in cards[cid].successors:
                cards[cid].successors.append(succ)
    return cards


def topo_order(cards):
    indegree = {cid: 0 for cid in cards}
    for card in cards.values():
        for s in card.successors:
            indegree[s] += 1
    ready = []
    for cid, d in indegree.items():
        if d == 0:
            c = cards[cid]
            heapq.heappush(ready, (c.priority, c.due, cid))
    order = []
    while ready:
        _, _, cid = heapq.heappop(ready)
        order.append(cid)
        for s in cards[cid].successors:
            indegree[s] -= 1
            if indegree[s] == 0:
                c = cards[s]
                heapq.heappush(ready, (c.priority, c.due, s))
    if len(order) != len(cards):
        raise RuntimeError("cycle in board")
    return order


def schedule(cards, order):
    start = {cid: 0 for cid in cards}
    chain = {cid: 1 for cid in cards}
    for cid in order:
        c = cards[cid]
        finish = start[cid] + c.estimate
        for s in c.successors:
            if finish > start[s]:
                start[s] = finish
            if chain[cid] + 1 > chain[s]:
                chain[s] = chain[cid] + 1
    return start, chain


def main(rounds):
    check = 0
    n = 20000
    for r in range(rounds):
        cards = make_board(n, 1000 + r)
        order = topo_order(cards)
        position = {cid: i for i, cid in enumerate(order)}
        for cid, c in cards.items():
            for s in c.successors:
                if position[s] <= position[cid]:
                    raise RuntimeError("order violates a dependency")
        start, chain = schedule(cards, order)
        longest = max(chain.values())
        makespan = max(start[cid] + cards[cid].estimate for cid in cards)
        late = sum(1 for cid in cards if start[cid] > cards[cid].due)
        top = heapq.nsmallest(5, order, key=lambda cid: (cards[cid].due, cid))
        print(f"round {r}: first {order[:5]} longest chain {longest} makespan {makespan} late {late} most urgent {top}")
        for i in range(0, n, 97):
            check = (check * 31 + order[i] * (i + 1)) % 1000000007
        check = (check + longest * 1009 + makespan * 7 + late) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
