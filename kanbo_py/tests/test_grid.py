"""make_grid (KANBO.md §1.3; §5 TestGrid with fixture F16, TestCard's tag
lookup) and the one-pass bucketing of §6."""

import unittest

from kanbo.axes import AxisSpec
from kanbo.entities import Bag, Tag
from kanbo.grid import bucket, make_grid

from tests.support import RepoTestCase, chain_content, make_f16


def names(bin):
    return "".join([c.name for c in bin.cards])


class TestGrid(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.user, self.board, self.cards, self.tags, self.bags = make_f16(self.repo)
        self.content = self.repo.load_board(self.board)

    def grid(self, text):
        return make_grid(self.content, AxisSpec.parse(text, self.content.bags))

    def shape(self, grid):
        return [[names(b) for b in row] for row in grid.rows]

    def test_fixture(self):
        a = self.content.card_by_id[self.cards["a"].id]
        b = self.content.card_by_id[self.cards["b"].id]
        self.assertEqual(sorted([t.name for t in self.content.tags_of(a)]), ["r", "u"])
        self.assertEqual(sorted([t.name for t in self.content.tags_of(b)]), ["r", "v", "x"])

    def test_get_tag(self):
        a = self.content.card_by_id[self.cards["a"].id]
        self.assertEqual(self.content.card_tag_in_bag(a, self.bags["q"]).name, "r")
        self.assertIsNone(self.content.card_tag_in_bag(a, self.bags["w"]))

    def test_simplest(self):
        grid = make_grid(self.content, AxisSpec([], []))
        self.assertEqual(self.shape(grid), [["abcdefghijklmnop"]])
        self.assertEqual(grid.rows[0][0].dom_id, "untagged-bin")
        self.assertFalse(grid.is_2d())

    def test_columns(self):
        grid = self.grid("q")
        self.assertEqual(self.shape(grid), [["", "abcdefgh", "ijklmnop"]])
        self.assertEqual([sorted([t.name for t in b.tags]) for b in grid.rows[0]], [[], ["r"], ["s"]])
        self.assertEqual([t.name for t in grid.x_tags], ["r", "s"])

    def test_column_zero_has_unmatched_cards(self):
        self.assertEqual(self.shape(self.grid("w")), [["aeim", "bfjn", "cgko", "dhlp"]])

    def test_when_y_axis_specified_should_generate_2_rows(self):
        grid = self.grid("q+t")
        self.assertEqual(
            self.shape(grid),
            [["", "", ""], ["", "aceg", "ikmo"], ["", "bdfh", "jlnp"]],
        )
        self.assertTrue(grid.is_2d())
        self.assertEqual([t.name for t in grid.y_tags], ["u", "v"])

    def test_dom_ids_are_canonical(self):
        grid = self.grid("q+t")
        r, s, u = self.tags["r"], self.tags["s"], self.tags["u"]
        self.assertEqual(grid.rows[0][0].dom_id, "untagged-bin")
        self.assertEqual(grid.rows[0][1].dom_id, "bin-%d" % r.id)
        self.assertEqual(grid.rows[1][0].dom_id, "bin-%d" % u.id)
        self.assertEqual(grid.rows[1][2].dom_id, "bin-%d-%d" % tuple(sorted([s.id, u.id])))
        # Swapping the axes gives the same id for the same pair of tags.
        swapped = self.grid("t+q")
        self.assertEqual(swapped.rows[2][1].dom_id, grid.rows[1][2].dom_id)
        self.assertEqual(grid.rows[1][2].tags_field(), "q:s,t:u")

    def test_cards_follow_board_order(self):
        self.repo.rearrange_cards(self.board, [self.cards["h"].id, self.cards["a"].id])
        content = self.repo.load_board(self.board)
        grid = make_grid(content, AxisSpec.parse("q", content.bags))
        self.assertEqual(names(grid.rows[0][1]), "habcdefg")

    def test_each_card_in_exactly_one_bin(self):
        grid = self.grid("w+q")
        all_cards = [c.name for b in grid.bins() for c in b.cards]
        self.assertEqual(sorted(all_cards), list("abcdefghijklmnop"))


class TestBucket(unittest.TestCase):
    def setUp(self):
        self.x = [Tag(1, 1, "todo", None, "state"), Tag(2, 1, "done", None, "state")]
        self.y = [Tag(3, 2, "bug", None, "kind")]

    def test_card_with_two_tags_of_one_bag_appears_once(self):
        # The original showed it twice; the first tag in tag order wins.
        content = chain_content(["a", "b"], lambda i: [2, 1] if i == 0 else [])
        grid = bucket(content.cards, content.card_tags, self.x, [])
        self.assertEqual([names(b) for b in grid.rows[0]], ["b", "a", ""])

    def test_tags_of_other_bags_ignored(self):
        content = chain_content(["a", "b", "c"], lambda i: [[99], [3], [2, 3]][i])
        grid = bucket(content.cards, content.card_tags, self.x, [])
        self.assertEqual([names(b) for b in grid.rows[0]], ["ab", "", "c"])

    def test_two_d(self):
        content = chain_content(["a", "b", "c", "d"], lambda i: [[], [3], [1, 3], [2]][i])
        grid = bucket(content.cards, content.card_tags, self.x, self.y)
        self.assertEqual([[names(b) for b in row] for row in grid.rows], [["a", "", "d"], ["b", "c", ""]])
        self.assertEqual(grid.rows[1][1].dom_id, "bin-1-3")

    def test_y_axis_only(self):
        content = chain_content(["a", "b"], lambda i: [[], [3]][i])
        grid = bucket(content.cards, content.card_tags, [], self.y)
        self.assertEqual([[names(b) for b in row] for row in grid.rows], [["a"], ["b"]])

    def test_large_grid(self):
        n = 20000
        content = chain_content(["c%d" % i for i in range(n)], lambda i: [1 + i % 3] if i % 3 < 2 else [3])
        grid = bucket(content.cards, content.card_tags, self.x, self.y)
        counts = [[len(b.cards) for b in row] for row in grid.rows]
        self.assertEqual(counts, [[0, 6667, 6667], [6666, 0, 0]])


if __name__ == "__main__":
    unittest.main()
