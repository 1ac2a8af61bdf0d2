"""Successor-link ordering (KANBO.md §1.2): each item may point at one
successor; `toposort` turns the links into a sequence and `rearrange`
computes the link changes of a drag-and-drop.

Both work on ids: `toposort_ids(ids, succ)` takes the ids in input
(creation) order and a mapping id -> successor id; falsy successors (None,
0) mean none, and successors outside the universe are ignored."""

import heapq
import logging

log = logging.getLogger("kanbo.ordering")


def toposort_ids(ids, succ):
    """The ids of `ids` in successor order: a Kahn sort whose ready items
    wait in a min-heap keyed by input position, so the order is stable
    when there are no links. Cycles are broken at the first item (in input
    order) still waiting, with one logged warning per sort; a cursor over the input
    only moves forward, since in-degrees only fall. Each id appears once."""
    n = len(ids)
    pos = {}
    for i in range(n):
        pos[ids[i]] = i
    succ_pos = [-1] * n
    indeg = [0] * n
    for i in range(n):
        s = succ.get(ids[i])
        if s:
            j = pos.get(s, -1)
            if j >= 0:
                succ_pos[i] = j
                indeg[j] += 1
    heap = [i for i in range(n) if indeg[i] == 0]  # ascending: already a heap
    out = []
    cursor = 0
    broken = []
    heappop = heapq.heappop
    heappush = heapq.heappush
    while len(out) < n:
        if not heap:
            # A cycle: every waiting item has a positive in-degree.
            while indeg[cursor] <= 0:
                cursor += 1
            broken.append(ids[cursor])
            indeg[cursor] = 0
            heap.append(cursor)
        i = heappop(heap)
        while True:
            out.append(ids[i])
            j = succ_pos[i]
            if j < 0:
                break
            indeg[j] -= 1
            if indeg[j] != 0:
                break
            if heap and heap[0] < j:
                heappush(heap, j)
                break
            # j would be the next pop: emit it without touching the heap.
            i = j
    if broken:
        shown = ", ".join([repr(x) for x in broken[:10]])
        more = " ..." if len(broken) > 10 else ""
        log.warning("ordering: broke %d cycle(s), at %s%s", len(broken), shown, more)
    return out


def toposort(items):
    """`items` (objects with `id` and `succ_id`, in input order) sorted by
    their successor links; see toposort_ids."""
    by_id = {}
    ids = []
    succ = {}
    for item in items:
        by_id[item.id] = item
        ids.append(item.id)
        succ[item.id] = item.succ_id
    return [by_id[i] for i in toposort_ids(ids, succ)]


def rearrange(succ, ids):
    """The successor changes that make the listed items consecutive, in the
    order given, where the last one was (KANBO.md §1.2).

    `succ` maps every id of the universe to its successor (falsy: none);
    `ids` lists ids, the last of which may be None ("the end"). Returns a
    dict id -> new successor (None for none) holding only the links that
    change; `succ` itself is not modified. Raises KeyError for an id not in
    the universe and ValueError for a repeated id or a None before the end."""
    if len(ids) < 2:
        return {}
    last = ids[-1]
    listed = ids[:-1]
    listed_set = set()
    for x in listed:
        if x is None:
            raise ValueError("only the last id may be None (the end)")
        if x not in succ:
            raise KeyError(x)
        if x in listed_set:
            raise ValueError("id %r is listed twice" % (x,))
        listed_set.add(x)
    if last is not None:
        if last not in succ:
            raise KeyError(last)
        if last in listed_set:
            raise ValueError("id %r is listed twice" % (last,))

    # Current links (falsy and outside-the-universe successors become None)
    # and the predecessor index: succ id (None for tails) -> set of ids.
    cur = {}
    preds = {}
    for x, s in succ.items():
        if not s or s not in succ:
            s = None
        cur[x] = s
        group = preds.get(s)
        if group is None:
            preds[s] = {x}
        else:
            group.add(x)

    touched = []

    def link(x, s):
        old = cur[x]
        if old == s:
            return
        touched.append(x)
        preds[old].discard(x)
        cur[x] = s
        group = preds.get(s)
        if group is None:
            preds[s] = {x}
        else:
            group.add(x)

    # Step 1: each listed item's old successor, following chains through
    # listed items (a cycle among them, or a self-reference, gives None).
    recorded = {}
    for x in listed:
        if x in recorded:
            continue
        path = [x]
        on_path = {x}
        s = cur[x]
        while s is not None and s in listed_set:
            if s in recorded:
                s = recorded[s]
                break
            if s in on_path:
                s = None
                break
            path.append(s)
            on_path.add(s)
            s = cur[s]
        for y in path:
            recorded[y] = s
    for x in listed:
        target = recorded[x]
        for p in list(preds.get(x, ())):
            link(p, target)

    # Step 2: what pointed at the last item (or every tail) now points at
    # the first listed item.
    first = listed[0]
    for p in list(preds.get(last, ())):
        link(p, first)

    # Step 3: chain the listed items; the last keeps its link.
    for i in range(len(listed)):
        link(listed[i], ids[i + 1])

    changes = {}
    for x in touched:
        s = cur[x]
        old = succ[x]
        if not old or old not in succ:
            old = None
        if s != old:
            changes[x] = s
    return changes
