"""Benchmark (not a test) of Kanbo's domain work on a seeded board of
20,000 cards: building the demo board in memory, toposort, make_grid for a
1-D and a 2-D grid, and a drop at the end (rearrange); then the same board
seeded into an in-memory SQLite database and loaded back.

    python3 kanbo_py/bench_domain.py [cards] [repeats]
    piepie kanbo_py/bench_domain.py [cards] [repeats]

Prints the best time of each step over the repeats."""

import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kanbo.axes import AxisSpec  # noqa: E402
from kanbo.grid import make_grid  # noqa: E402
from kanbo.ordering import rearrange, toposort  # noqa: E402
from kanbo.seed import demo_content, seed_board  # noqa: E402
from kanbo.storage import open_repository  # noqa: E402


def best(fn, repeats):
    times = []
    result = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    logging.getLogger("kanbo.ordering").setLevel(logging.ERROR)  # cycles are expected

    t, content = best(lambda: demo_content(n), repeats)
    print("seed in memory  %8.1f ms  (%d cards)" % (t * 1000, len(content.cards)))
    t, ordered = best(lambda: toposort(content.cards), repeats)
    print("toposort        %8.1f ms" % (t * 1000))
    spec1 = AxisSpec.parse("state", content.bags)
    spec2 = AxisSpec.parse("state+kind", content.bags)
    t, grid1 = best(lambda: make_grid(content, spec1, ordered), repeats)
    print("make_grid 1-D   %8.1f ms  bins %s" % (t * 1000, [len(b.cards) for b in grid1.bins()]))
    t, grid2 = best(lambda: make_grid(content, spec2, ordered), repeats)
    print("make_grid 2-D   %8.1f ms  (%d bins)" % (t * 1000, len(grid2.bins())))
    t, _ = best(lambda: make_grid(content, spec2), repeats)
    print("toposort+grid   %8.1f ms" % (t * 1000))
    succ = {}
    for card in content.cards:
        succ[card.id] = card.succ_id
    t, changes = best(lambda: rearrange(succ, [ordered[0].id, None]), repeats)
    print("rearrange (end) %8.1f ms  (%d links change)" % (t * 1000, len(changes)))

    repo = open_repository(":memory:")
    owner = repo.create_user("demo")
    t0 = time.perf_counter()
    board = seed_board(repo, owner, "demo", n)
    print("seed in SQLite  %8.1f ms" % ((time.perf_counter() - t0) * 1000))
    t, loaded = best(lambda: repo.load_board(board), repeats)
    print("load_board      %8.1f ms  (%d cards, %d tagged)" % (t * 1000, len(loaded.cards), len(loaded.card_tags)))
    t, _ = best(lambda: make_grid(loaded, AxisSpec.parse("state+kind", loaded.bags)), repeats)
    print("load->grid      %8.1f ms  (toposort + make_grid of the loaded board)" % (t * 1000))
    repo.close()


if __name__ == "__main__":
    main()
