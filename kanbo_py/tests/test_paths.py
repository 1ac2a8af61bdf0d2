"""Paths and click links (KANBO.md §5 TestUrls, TestCard)."""

import unittest

from kanbo import paths
from kanbo import permissions as perm
from kanbo.axes import AxisSpec

from tests.support import RepoTestCase, make_f16


class TestUrls(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.user, self.board, self.cards, self.tags, self.bags = make_f16(self.repo)

    def test_board_has_absolute_url(self):
        bags = self.repo.bags(self.board)
        self.assertEqual(paths.canonical_grid_path("derpyhooves", "z", bags), "/derpyhooves/z/grids/q/")
        self.assertEqual(paths.canonical_grid_path("derpyhooves", "z", []), "/derpyhooves/z/")

    def test_bag_has_new_tag_url(self):
        self.assertEqual(paths.new_tag_path("derpyhooves", "z", self.bags["q"].name), "/derpyhooves/z/bags/q/tags/new")
        self.assertEqual(paths.bag_path("derpyhooves", "z", "q"), "/derpyhooves/z/bags/q/")


class TestCard(RepoTestCase):
    """Board pop/a with bag state; card2 has an href, card3 none."""

    def setUp(self):
        RepoTestCase.setUp(self)
        self.owner = self.repo.create_user("pop")
        self.stranger = self.repo.create_user("stranger")
        self.helper = self.repo.create_user("helper")
        self.board = self.repo.create_board(self.owner, "a")
        self.repo.set_access(self.board, self.helper, True)
        self.state = self.repo.get_bag(self.board, "state")
        self.card = self.repo.create_card(self.board, "Two", name="card2", href="http://example.com/2")
        self.plain = self.repo.create_card(self.board, "Three", name="card3")
        self.view = AxisSpec.parse("state", [self.state])
        self.edit = AxisSpec.parse("state;click=edit", [self.state])

    def href(self, card, spec, user):
        may = perm.can_edit_card(user, self.board, self.repo.get_access(self.board, user))
        return paths.click_href(card, "pop", "a", spec, may)

    def test_get_tag(self):
        todo = self.repo.tags(self.state)[0]
        self.repo.add_card_tag(self.card, todo)
        content = self.repo.load_board(self.board)
        self.assertEqual(content.card_tag_in_bag(self.card, self.state), todo)

    def test_when_has_href(self):
        self.assertEqual(self.href(self.card, self.view, self.owner), "http://example.com/2")

    def test_when_hasnt_href(self):
        self.assertIsNone(self.href(self.plain, self.view, self.owner))

    def test_owner_can_get_edit_path(self):
        self.assertEqual(self.href(self.card, self.edit, self.owner), "/pop/a/grids/state;click=edit/card2/edit")

    def test_non_owner_gets_nothing(self):
        self.assertIsNone(self.href(self.card, self.edit, self.stranger))
        self.assertIsNone(self.href(self.card, self.edit, None))

    def test_when_edit_permission_edit_href_is_include_after_all(self):
        self.assertEqual(self.href(self.card, self.edit, self.helper), "/pop/a/grids/state;click=edit/card2/edit")
        access = self.repo.get_access(self.board, self.helper)
        self.assertEqual(perm.click_modes(self.helper, self.board, access), ["view", "edit"])

    def test_grid_path(self):
        self.assertEqual(paths.grid_path("pop", "a", self.edit), "/pop/a/grids/state;click=edit/")
        self.assertEqual(paths.grid_path("pop", "a", "state"), "/pop/a/grids/state/")


if __name__ == "__main__":
    unittest.main()
