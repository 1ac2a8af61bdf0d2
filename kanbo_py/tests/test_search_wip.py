"""Search and filter (`?q=`) and WIP limits (KANBO.md §7 Shoulds)."""

import unittest

from kanbo import wip
from kanbo.axes import AxisSpec
from kanbo.errors import ValidationError, WipLimitExceeded
from kanbo.grid import make_grid
from kanbo.ordering import toposort
from kanbo.search import filter_cards, parse_query

from tests.support import RepoTestCase, make_f16


class TestSearch(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.user, self.board, self.cards, self.tags, self.bags = make_f16(self.repo)
        self.repo.update_card(self.cards["c"], label="Fix the LOGIN page")
        self.repo.update_card(self.cards["k"], label="login rate limit")
        self.content = self.repo.load_board(self.board)
        self.ordered = toposort(self.content.cards)

    def find(self, text):
        query = parse_query(text, self.content)
        return "".join([c.name for c in filter_cards(self.ordered, query, self.content)])

    def test_empty_query_keeps_everything(self):
        self.assertEqual(self.find(""), "abcdefghijklmnop")
        self.assertEqual(self.find("   "), "abcdefghijklmnop")

    def test_text_is_case_folded(self):
        self.assertEqual(self.find("login"), "ck")
        self.assertEqual(self.find("LOGIN page"), "c")
        self.assertEqual(self.find("Card"), "abdefghijlmnop")

    def test_name_matches_too(self):
        self.assertEqual(self.find("p"), "cp")

    def test_tag_terms(self):
        self.assertEqual(self.find("q:s"), "ijklmnop")
        self.assertEqual(self.find("q:s t:u"), "ikmo")
        self.assertEqual(self.find("w:x w:y"), "bcfgjkno")
        self.assertEqual(self.find("w:-"), "aeim")
        self.assertEqual(self.find("login q:s"), "k")

    def test_unknown_bag_or_tag(self):
        with self.assertRaises(ValidationError) as ctx:
            parse_query("nosuch:x", self.content)
        self.assertEqual(ctx.exception.message, "There is no bag 'nosuch' on this board.")
        with self.assertRaises(ValidationError):
            parse_query("q:nosuch", self.content)

    def test_filtered_grid(self):
        query = parse_query("t:u", self.content)
        cards = filter_cards(self.ordered, query, self.content)
        grid = make_grid(self.content, AxisSpec.parse("q", self.content.bags), cards)
        self.assertEqual(["".join([c.name for c in b.cards]) for b in grid.rows[0]], ["", "aceg", "ikmo"])


class TestWip(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.user, self.board, self.cards, self.tags, self.bags = make_f16(self.repo)

    def test_validate(self):
        self.assertIsNone(wip.validate_wip_limit(""))
        self.assertIsNone(wip.validate_wip_limit(None))
        self.assertEqual(wip.validate_wip_limit(" 5 "), 5)
        for bad in ("0", "-1", "x", "1.5", 0, True, 10 ** 6):
            with self.assertRaises(ValidationError):
                wip.validate_wip_limit(bad)

    def test_status(self):
        self.assertEqual([wip.status(n, 3) for n in (2, 3, 4)], [wip.OK, wip.AT_LIMIT, wip.OVER])
        self.assertEqual(wip.status(100, None), wip.OK)
        self.assertTrue(wip.drop_allowed(5, 4, False))
        self.assertFalse(wip.drop_allowed(5, 4, True))
        self.assertTrue(wip.drop_allowed(4, 4, True))

    def test_column_status_of_a_grid(self):
        r, s = self.tags["r"], self.tags["s"]
        self.repo.set_wip_limit(r, 8)
        self.repo.set_wip_limit(s, "5")
        limits = dict([(k, v[0]) for k, v in self.repo.wip_limits(self.board).items()])
        self.assertEqual(limits, {r.id: 8, s.id: 5})
        content = self.repo.load_board(self.board)
        grid = make_grid(content, AxisSpec.parse("q+t", content.bags))
        self.assertEqual(wip.column_counts(grid), {r.id: 8, s.id: 8})
        self.assertEqual(wip.column_status(grid, limits), {r.id: wip.AT_LIMIT, s.id: wip.OVER})
        self.repo.set_wip_limit(s, None)
        self.assertEqual(self.repo.wip_limits(self.board), {r.id: (8, False)})

    def test_hard_limit_refuses_drop(self):
        r = self.tags["r"]
        self.repo.set_wip_limit(r, 8, hard=True)
        content = self.repo.load_board(self.board)
        spec = AxisSpec.parse("q", content.bags)
        i, a = self.cards["i"].id, self.cards["a"].id
        seq = self.repo.events.next_seq(self.board.id)
        with self.assertRaises(WipLimitExceeded) as ctx:
            self.repo.move_card(content, [i, a], i, ["q:r"], spec)
        self.assertEqual(str(ctx.exception), "The column q:r is full: its limit is 8 cards.")
        self.assertEqual(self.repo.get_tag(self.repo.card_tag_ids(self.cards["i"])[0]).name, "s")
        self.assertEqual(self.repo.events.next_seq(self.board.id), seq)
        # A soft limit lets the drop through.
        self.repo.set_wip_limit(r, 8, hard=False)
        content = self.repo.load_board(self.board)
        self.repo.move_card(content, [i, a], i, ["q:r"], spec)
        self.assertIn(r.id, self.repo.card_tag_ids(self.cards["i"]))


if __name__ == "__main__":
    unittest.main()
