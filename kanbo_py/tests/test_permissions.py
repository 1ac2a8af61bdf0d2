"""Permission rules (KANBO.md §2; §5 TestBoardMembership,
TestPublicBoardMembership, DeleteBagBehaviour, TestAccessForm,
TestAutocompleteUser, TestEventsAreSaved's 403)."""

import unittest

from kanbo import permissions as perm
from kanbo.errors import PermissionDenied, ValidationError

from tests.support import RepoTestCase


class MembershipFixture(RepoTestCase):
    public = False

    def setUp(self):
        RepoTestCase.setUp(self)
        r = self.repo
        self.alice = r.create_user("alice", "Alice Owner")
        self.bob = r.create_user("bob", "Bob Collaborator")
        self.charley = r.create_user("charley", "Charley Stranger")
        self.dick = r.create_user("dick", "Dick Reader")
        self.board = r.create_board(self.alice, "derp", is_public=self.public)
        r.create_bag(self.board, "bagname", "ape bee")
        r.set_access(self.board, self.bob, True)
        r.set_access(self.board, self.dick, False)

    def can(self, user):
        return perm.can_rearrange(user, self.board, self.repo.get_access(self.board, user))


class TestBoardMembership(MembershipFixture):
    def test_fixture(self):
        members = [(u.username, a.can_rearrange) for u, a in self.repo.members(self.board)]
        self.assertEqual(members, [("bob", True), ("dick", False)])

    def test_alice_can_rearrange_board(self):
        self.assertTrue(self.can(self.alice))

    def test_bob_can_rearrange_board(self):
        self.assertTrue(self.can(self.bob))

    def test_charley_cannot_rearrange_board(self):
        self.assertFalse(self.can(self.charley))

    def test_dick_cannot_rearrange_board(self):
        self.assertFalse(self.can(self.dick))

    def test_anonymous_cannot_rearrange_board(self):
        self.assertFalse(self.can(None))

    def test_access_of_another_user_does_not_count(self):
        bobs = self.repo.get_access(self.board, self.bob)
        self.assertFalse(perm.can_rearrange(self.charley, self.board, bobs))

    def test_owner_has_two_click_options(self):
        self.assertEqual(perm.click_modes(self.alice, self.board), ["view", "edit"])

    def test_collaborator_has_edit_option(self):
        access = self.repo.get_access(self.board, self.bob)
        self.assertEqual(perm.click_modes(self.bob, self.board, access), ["view", "edit"])

    def test_stranger_and_reader_have_view_only(self):
        self.assertEqual(perm.click_modes(self.charley, self.board), ["view"])
        self.assertEqual(perm.click_modes(self.dick, self.board, self.repo.get_access(self.board, self.dick)), ["view"])
        self.assertEqual(perm.click_modes(None, self.board), ["view"])

    def test_add_card_follows_rearrange(self):
        self.assertTrue(perm.can_add_card(self.alice, self.board))
        self.assertFalse(perm.can_add_card(self.charley, self.board))

    def test_manage_members_owner_only(self):
        self.assertTrue(perm.can_manage_members(self.alice, self.board))
        for user in (self.bob, self.charley, self.dick, None):
            self.assertFalse(perm.can_manage_members(user, self.board))

    def test_everyone_reads(self):
        for user in (self.alice, self.bob, self.charley, self.dick, None):
            self.assertTrue(perm.can_read(user, self.board))

    def test_tag_editing_needs_rearrange_and_login(self):
        self.assertTrue(perm.can_edit_tags(self.bob, self.board, self.repo.get_access(self.board, self.bob)))
        self.assertFalse(perm.can_edit_tags(self.dick, self.board, self.repo.get_access(self.board, self.dick)))

    def test_require(self):
        perm.require(True)
        with self.assertRaises(PermissionDenied) as ctx:
            perm.require(perm.can_rearrange(self.charley, self.board), "rearrange cards")
        self.assertEqual(str(ctx.exception), "You are not allowed to rearrange cards on this board.")

    def test_when_not_owner_card_arrangement_is_forbidden(self):
        with self.assertRaises(PermissionDenied):
            perm.require(self.can(self.charley), "rearrange cards")

    def test_remove_member(self):
        self.repo.remove_member(self.board, self.dick)
        self.assertIsNone(self.repo.get_access(self.board, self.dick))
        self.assertFalse(self.can(self.dick))


class TestPublicBoardMembership(MembershipFixture):
    public = True

    def test_is_rearrangeable_by_owner(self):
        self.assertTrue(self.can(self.alice))

    def test_is_rearrangeable_by_others(self):
        self.assertTrue(self.can(self.charley))
        self.assertTrue(self.can(self.dick))

    def test_is_rearrangeable_by_anon(self):
        self.assertTrue(self.can(None))

    def test_no_member_management_on_public_boards(self):
        self.assertFalse(perm.can_manage_members(self.alice, self.board))

    def test_anonymous_cannot_edit_tags_or_cards(self):
        self.assertFalse(perm.can_edit_tags(None, self.board))
        self.assertFalse(perm.can_edit_card(None, self.board))
        self.assertTrue(perm.can_edit_card(self.charley, self.board))


class DeleteBagBehaviour(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        r = self.repo
        self.owner = r.create_user("username")
        self.other = r.create_user("someone")
        self.board = r.create_board(self.owner, "boardname")
        self.bag = r.create_bag(self.board, "bagname", "ape bee cat")
        self.keep = r.create_bag(self.board, "secondbag", "one two three four five")
        self.card = r.create_card(self.board, "A card")
        r.add_card_tag(self.card, r.tags(self.bag)[0])
        r.add_card_tag(self.card, r.tags(self.keep)[1])

    def test_when_logged_in_as_owner_it_should_allow_link(self):
        self.assertTrue(perm.can_delete_bag(self.owner, self.board))

    def test_when_logged_in_as_other_it_should_not_allow_link(self):
        self.assertFalse(perm.can_delete_bag(self.other, self.board))

    def test_when_not_logged_in_it_should_redirect(self):
        self.assertFalse(perm.can_delete_bag(None, self.board))

    def test_when_posting_as_owner_it_should_delete_bag(self):
        self.repo.delete_bag(self.bag)
        self.assertEqual([b.name for b in self.repo.bags(self.board)], ["state", "secondbag"])
        self.assertEqual(self.repo.db.one("SELECT count(*) FROM tags WHERE bag_id = ?", (self.bag.id,))[0], 0)
        self.assertEqual(len(self.repo.tags(self.keep)), 5)
        self.assertEqual([self.repo.get_tag(t).name for t in self.repo.card_tag_ids(self.card)], ["two"])


class TestAccessForm(MembershipFixture):
    def test_converts_username_to_user_instance(self):
        access, message = self.repo.add_member(self.board, "charley", True)
        self.assertEqual(access.user_id, self.charley.id)
        self.assertEqual(message, "charley was added to the board.")

    def test_rejects_nonexistent_username(self):
        with self.assertRaises(ValidationError) as ctx:
            self.repo.add_member(self.board, "nobody")
        self.assertEqual(ctx.exception.field, "username")

    def test_existing_member_flag_updated(self):
        access, message = self.repo.add_member(self.board, "dick", True)
        self.assertEqual(message, "dick was already a member.")
        self.assertTrue(self.repo.get_access(self.board, self.dick).can_rearrange)

    def test_owner_is_not_a_member(self):
        with self.assertRaises(ValidationError):
            self.repo.add_member(self.board, "alice")


class TestAutocompleteUser(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        r = self.repo
        self.me = r.create_user("boss", "The Boss")
        for username, full in (("bob", "Robert McSob"), ("boy69", "Boy"), ("boom", ""), ("alice", "A"), ("abo", "")):
            r.create_user(username, full)

    def test_returns_users_with_usename_prefix(self):
        users = self.repo.users_with_prefix("bo", self.me)
        self.assertEqual([u.username for u in users], ["bob", "boom", "boy69"])
        self.assertEqual([u.label() for u in users], ["bob (Robert McSob)", "boom", "boy69 (Boy)"])

    def test_excludes_requesting_user(self):
        self.assertEqual([u.username for u in self.repo.users_with_prefix("bos", self.me)], [])
        self.assertEqual([u.username for u in self.repo.users_with_prefix("bos")], ["boss"])

    def test_empty_term(self):
        self.assertEqual(self.repo.users_with_prefix("", self.me), [])

    def test_case_sensitive(self):
        self.assertEqual(self.repo.users_with_prefix("BO", self.me), [])


if __name__ == "__main__":
    unittest.main()
