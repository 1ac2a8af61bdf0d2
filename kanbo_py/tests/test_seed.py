"""The demo board seed: reproducible, two tagged bags, cycles to repair,
and fast enough for 20,000 cards."""

import unittest

from kanbo.axes import AxisSpec
from kanbo.grid import make_grid
from kanbo.ordering import toposort
from kanbo.seed import demo_content, demo_plan, seed_board

from tests.support import LogCapture, RepoTestCase


class TestDemoPlan(unittest.TestCase):
    def test_reproducible(self):
        self.assertEqual(demo_plan(300, 7).cards, demo_plan(300, 7).cards)
        self.assertNotEqual(demo_plan(300, 7).cards, demo_plan(300, 8).cards)

    def test_known_values(self):
        # Recorded from CPython 3.11: random.Random(seed) must give
        # CPython's numbers on every interpreter.
        self.assertEqual(
            demo_plan(5, 1).cards,
            [
                ("1", "Card 1: page team add", 1, None, 3),
                ("2", "Card 2: layout add user", None, 2, 1),
                ("3", "Card 3: mobile page filter", 3, 0, 0),
                ("4", "Card 4: add cache add", 4, None, 1),
                ("5", "Card 5: chart add speed", 0, 1, 3),
            ],
        )

    def test_has_cycles_and_several_chains(self):
        content = demo_content(2000, 3)
        with LogCapture("kanbo.ordering") as log:
            ordered = toposort(content.cards)
        self.assertEqual(len(ordered), 2000)
        self.assertEqual(len(set([c.id for c in ordered])), 2000)
        self.assertEqual(len(log.messages), 1)
        self.assertIn("cycle", log.messages[0])
        tails = [c for c in content.cards if c.succ_id is None]
        self.assertGreater(len(tails), 10)

    def test_twenty_thousand_in_memory(self):
        content = demo_content(20000)
        self.assertEqual(len(content.cards), 20000)
        with LogCapture("kanbo.ordering"):
            grid = make_grid(content, AxisSpec.parse("state+kind", content.bags))
        self.assertEqual(sum([len(b.cards) for b in grid.bins()]), 20000)
        self.assertEqual(len(grid.rows), 5)
        self.assertEqual(len(grid.rows[0]), 4)


class TestSeedBoard(RepoTestCase):
    def test_seed_matches_plan(self):
        owner = self.repo.create_user("demo")
        board = seed_board(self.repo, owner, "demo", 500, seed=5)
        content = self.repo.load_board(board)
        memory = demo_content(500, seed=5)
        self.assertEqual([b.name for b in content.bags], ["state", "kind"])
        self.assertEqual([c.label for c in content.cards], [c.label for c in memory.cards])
        with LogCapture("kanbo.ordering"):
            stored = [c.name for c in toposort(content.cards)]
            planned = [c.name for c in toposort(memory.cards)]
        self.assertEqual(stored, planned)
        spec = AxisSpec.parse("state+kind", content.bags)
        with LogCapture("kanbo.ordering"):
            a = [[len(b.cards) for b in row] for row in make_grid(content, spec).rows]
            b = [[len(b.cards) for b in row] for row in make_grid(memory, AxisSpec.parse("state+kind", memory.bags)).rows]
        self.assertEqual(a, b)

    def test_seed_twenty_thousand(self):
        owner = self.repo.create_user("demo")
        board = seed_board(self.repo, owner, "big", 20000)
        self.assertEqual(self.repo.card_count(board), 20000)


if __name__ == "__main__":
    unittest.main()
