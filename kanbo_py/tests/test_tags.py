"""Tag references and replacement (KANBO.md §2 Move card; §5
TagParsingBehaviour, TestCardReplacingTags, BoardAjaxBehaviour,
TestSortingTags, TestTagFormChecksUniqueness)."""

import unittest

from kanbo.axes import AxisSpec
from kanbo.errors import DuplicateError, NotFound, ValidationError
from kanbo.tags import parse_tag, parse_tag_list, replaced_tags

from tests.support import RepoTestCase, make_f16


class TagParsingBehaviour(RepoTestCase):
    """Two boards with the same bag and tag names."""

    def setUp(self):
        RepoTestCase.setUp(self)
        user = self.repo.create_user("owner")
        self.boards = []
        self.tags = []
        for name in ("one", "two"):
            board = self.repo.create_board(user, name)
            self.repo.create_bag(board, "baga", "tagi tagii")
            bag = self.repo.create_bag(board, "bagb", "tagi tagii tagiii")
            self.boards.append(board)
            self.tags.append(self.repo.tags(bag)[2])
        self.content = self.repo.load_board(self.boards[0])
        self.tag = self.tags[0]

    def test_given_a_tag_should_return_it(self):
        self.assertEqual(parse_tag(self.tag, self.content), self.tag)

    def test_given_a_tag_of_another_board_should_fail(self):
        with self.assertRaises(NotFound):
            parse_tag(self.tags[1], self.content)

    def test_given_an_int_should_return_tag_with_that_id(self):
        self.assertEqual(parse_tag(self.tag.id, self.content).qualified(), "bagb:tagiii")

    def test_given_string_should_return_named_tag(self):
        tag = parse_tag("bagb:tagiii", self.content)
        self.assertEqual(tag.id, self.tag.id)
        self.assertEqual(tag.name, "tagiii")

    def test_given_a_stringified_int_should_return_tag_with_that_id(self):
        self.assertEqual(parse_tag(str(self.tag.id), self.content).id, self.tag.id)

    def test_given_a_stringified_int_for_wrong_board_it_should_fail(self):
        with self.assertRaises(NotFound):
            parse_tag(str(self.tags[1].id), self.content)

    def test_unknown_names_fail(self):
        for ref in ("bagb:nosuch", "nosuch:tagi", "tagi", ""):
            with self.assertRaises(NotFound):
                parse_tag(ref, self.content)

    def test_values_of_no_reference_kind_are_field_errors(self):
        # from JSON: a 400 naming the field, not a 404
        for ref in (True, None, 3.0, {"a": 1}, [1]):
            with self.assertRaises(ValidationError) as caught:
                parse_tag(ref, self.content)
            self.assertEqual(caught.exception.field, "tags")

    def test_tag_list(self):
        self.assertEqual(parse_tag_list("", self.content), [])
        tags = parse_tag_list("baga:tagii,bagb:tagiii", self.content)
        self.assertEqual([t.qualified() for t in tags], ["baga:tagii", "bagb:tagiii"])


class TestCardReplacingTags(RepoTestCase):
    """F16 with x-axis q: a drop replaces the card's q tag."""

    def setUp(self):
        RepoTestCase.setUp(self)
        self.user, self.board, self.cards, self.tags, self.bags = make_f16(self.repo)
        self.content = self.repo.load_board(self.board)
        self.spec = AxisSpec.parse("q", self.content.bags)
        self.card = self.cards["b"]

    def stored_tags(self):
        return sorted([self.repo.get_tag(t).name for t in self.repo.card_tag_ids(self.card)])

    def test_replace_one_existing_tag(self):
        self.repo.replace_card_tags(self.content, self.card, ["q:s"], self.spec.axis_bags())
        self.assertEqual(self.stored_tags(), ["s", "v", "x"])

    def test_replace_one_existing_tag_with_nothing(self):
        self.repo.replace_card_tags(self.content, self.card, [], self.spec.axis_bags())
        self.assertEqual(self.stored_tags(), ["v", "x"])

    def test_replace_one_existing_tag_id(self):
        self.repo.replace_card_tags(self.content, self.card, [self.tags["s"].id], self.spec.axis_bags())
        self.assertEqual(self.stored_tags(), ["s", "v", "x"])

    def test_two_d_drop_replaces_both_axes(self):
        spec = AxisSpec.parse("q+w", self.content.bags)
        self.repo.replace_card_tags(self.content, self.card, ["q:s"], spec.axis_bags())
        self.assertEqual(self.stored_tags(), ["s", "v"])

    def test_one_tag_per_bag_even_off_axis(self):
        # t is not an axis, but the new tag replaces the card's t tag.
        self.repo.replace_card_tags(self.content, self.card, ["t:u"], self.spec.axis_bags())
        self.assertEqual(self.stored_tags(), ["u", "x"])

    def test_tag_of_another_board_rejected(self):
        other = self.repo.create_board(self.user, "other")
        foreign = self.repo.tags(self.repo.get_bag(other, "state"))[0]
        with self.assertRaises(NotFound):
            self.repo.replace_card_tags(self.content, self.card, [foreign.id], self.spec.axis_bags())
        self.assertEqual(self.stored_tags(), ["r", "v", "x"])

    def test_pure_replacement(self):
        bag_of = {1: 10, 2: 10, 3: 20, 4: 30}.get

        class T:
            def __init__(self, id, bag_id):
                self.id = id
                self.bag_id = bag_id

        result, removed, added = replaced_tags([1, 3, 4], [T(2, 10)], [10, 20], bag_of)
        self.assertEqual((result, removed, added), ([4, 2], [1, 3], [2]))
        result, removed, added = replaced_tags([1], [T(1, 10)], [10], bag_of)
        self.assertEqual((result, removed, added), ([1], [], []))


class BoardAjaxBehaviour(RepoTestCase):
    """Cards 0 (untagged), 1 (ape), 2 (bee); order "1 0", dropped 1."""

    def setUp(self):
        RepoTestCase.setUp(self)
        user = self.repo.create_user("username")
        self.board = self.repo.create_board(user, "boardname")
        bag = self.repo.create_bag(self.board, "bagname", "ape bee")
        self.ape, self.bee = self.repo.tags(bag)
        self.cards = [self.repo.create_card(self.board, "Card %d" % i, name="card%d" % i) for i in range(3)]
        self.repo.rearrange_cards(self.board, [c.id for c in self.cards])
        self.repo.add_card_tag(self.cards[1], self.ape)
        self.repo.add_card_tag(self.cards[2], self.bee)

    def move(self, tags):
        content = self.repo.load_board(self.board)
        spec = AxisSpec.parse("bagname", content.bags)
        ids = [self.cards[1].id, self.cards[0].id]
        return self.repo.move_card(content, ids, self.cards[1].id, tags, spec)

    def order(self):
        from kanbo.ordering import toposort

        return [c.name for c in toposort(self.repo.load_board(self.board).cards)]

    def test_empty_tags_list(self):
        self.move(parse_refs(""))
        self.assertEqual(self.order(), ["card1", "card0", "card2"])
        self.assertEqual(self.repo.card_tag_ids(self.cards[1]), [])

    def test_should_replace_tags_and_reorder(self):
        self.move(parse_refs("bagname:ape"))
        self.assertEqual(self.order(), ["card1", "card0", "card2"])
        self.assertEqual(self.repo.card_tag_ids(self.cards[1]), [self.ape.id])

    def test_failed_move_changes_nothing(self):
        before = self.order()
        events_before = self.repo.events.next_seq(self.board.id)
        with self.assertRaises(NotFound):
            self.move(["bagname:nosuch"])
        with self.assertRaises(NotFound):
            content = self.repo.load_board(self.board)
            self.repo.move_card(content, [self.cards[1].id, 12345], self.cards[1].id, ["bagname:bee"],
                                AxisSpec.parse("bagname", content.bags))
        self.assertEqual(self.order(), before)
        self.assertEqual(self.repo.card_tag_ids(self.cards[1]), [self.ape.id])
        self.assertEqual(self.repo.events.next_seq(self.board.id), events_before)


class TestDroppedCardBelongsToBoard(RepoTestCase):
    def test_card_of_another_board_is_rejected(self):
        user = self.repo.create_user("username")
        board = self.repo.create_board(user, "one")
        other = self.repo.create_board(user, "two")
        mine = self.repo.create_card(board, "Mine")
        theirs = self.repo.create_card(other, "Theirs")
        content = self.repo.load_board(board)
        spec = AxisSpec.parse("state", content.bags)
        with self.assertRaises(NotFound):
            self.repo.move_card(content, [theirs.id, mine.id], theirs.id, ["state:done"], spec)
        with self.assertRaises(NotFound):
            self.repo.move_card(content, [mine.id, theirs.id])
        self.assertEqual(self.repo.card_tag_ids(theirs), [])
        self.assertEqual(self.repo.events.read(board.id, 0)[1], 1)  # only the card-created event


def parse_refs(text):
    return [r for r in text.split(",") if r]


class TestSortingTags(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        user = self.repo.create_user("username")
        board = self.repo.create_board(user, "boardname")
        self.bag = self.repo.create_bag(board, "bagname")
        self.made = {}
        for name in ("f", "r", "e", "d"):
            self.made[name] = self.repo.create_tag(self.bag, name)

    def names(self):
        return "".join([t.name for t in self.repo.tags(self.bag)])

    def test_default_order_is_creation_order(self):
        self.assertEqual(self.names(), "fred")

    def test_rearrange(self):
        self.repo.rearrange_tags(self.bag, [self.made[n].id for n in "erd"])
        self.assertEqual(self.names(), "ferd")

    def test_new_tag_goes_last_after_rearrange(self):
        self.repo.rearrange_tags(self.bag, [self.made["d"].id, self.made["f"].id])
        self.assertEqual(self.names(), "dfre")
        self.repo.create_tag(self.bag, "x")
        self.assertEqual(self.names(), "dfrex")

    def test_delete_tag_keeps_order(self):
        self.repo.delete_tag(self.repo.get_tag(self.made["r"].id))
        self.assertEqual(self.names(), "fed")

    def test_rearrange_unknown_tag(self):
        with self.assertRaises(NotFound):
            self.repo.rearrange_tags(self.bag, [self.made["f"].id, 999])


class TestTagFormChecksUniqueness(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        user = self.repo.create_user("username")
        board = self.repo.create_board(user, "boardname")
        self.bag = self.repo.create_bag(board, "bagname", "ape bee")

    def test_when_tag_exists_form_should_be_invalid(self):
        with self.assertRaises(DuplicateError) as ctx:
            self.repo.create_tag(self.bag, "ape")
        self.assertEqual(ctx.exception.field, "name")
        self.assertEqual(ctx.exception.message, "The bag 'bagname' already has a tag 'ape'.")

    def test_when_tag_is_new_form_should_be_valid(self):
        tag = self.repo.create_tag(self.bag, "cat")
        self.assertEqual(tag.qualified(), "bagname:cat")

    def test_rename_clash(self):
        ape = self.repo.tags(self.bag)[0]
        with self.assertRaises(DuplicateError):
            self.repo.rename_tag(ape, "bee")
        self.assertEqual(self.repo.rename_tag(ape, "gnu").name, "gnu")

    def test_bad_name(self):
        with self.assertRaises(ValidationError):
            self.repo.create_tag(self.bag, "Cat")


if __name__ == "__main__":
    unittest.main()
