"""Validation rules of KANBO.md §1.1: usernames (the hello app's tests),
board, bag, tag and card names, bag form initial tags, links."""

import unittest

from kanbo import validation
from kanbo.errors import ValidationError


def never_taken(name):
    return False


def hex_digits(n):
    return "0123456789abcdef"[:n]


class TestUsernameRules(unittest.TestCase):
    def assertInvalid(self, name, fragment):
        with self.assertRaises(ValidationError) as ctx:
            validation.validate_username(name)
        self.assertEqual(ctx.exception.field, "username")
        self.assertIn(fragment, ctx.exception.message)

    def test_valid_names(self):
        for name in ("bob", "boy69", "derpyhooves", "a-b", "x" * 30, "ab"):
            self.assertEqual(validation.validate_username(name), name)

    def test_too_short(self):
        self.assertInvalid("a", "at least 2 characters")
        self.assertInvalid("", "at least 2 characters")

    def test_too_long(self):
        self.assertInvalid("x" * 31, "at most 30 characters")

    def test_lowercase_rule(self):
        self.assertInvalid("Alice", "lowercase")
        self.assertInvalid("al ice", "lowercase")
        self.assertInvalid("al_ice", "lowercase")
        self.assertInvalid("zoë", "lowercase")

    def test_no_leading_digit(self):
        self.assertInvalid("1abc", "must not start with a digit")
        self.assertInvalid("-1abc", "must not start with a digit")
        self.assertEqual(validation.validate_username("-abc"), "-abc")

    def test_reserved(self):
        for name in ("about", "hello", "boards", "bags", "users", "api"):
            self.assertInvalid(name, "reserved")

    def test_fold_ascii(self):
        self.assertEqual(validation.fold_ascii("Zoë Ångström"), "Zoe Angstrom")
        self.assertEqual(validation.fold_ascii("Straße"), "Strasse")
        self.assertEqual(validation.fold_ascii("日本 Łódź"), " Lodz")

    def test_slugify(self):
        self.assertEqual(validation.slugify("  Zoë  Ångström! "), "zoe-angstrom")
        self.assertEqual(validation.slugify("a_b--c"), "a-b-c")
        self.assertEqual(validation.slugify("R2-D2 (droid)"), "r2-d2-droid")
        self.assertEqual(validation.slugify("日本"), "")

    def test_derive_plain(self):
        self.assertEqual(validation.derive_username("Zoë Ångström", never_taken, hex_digits), "zoe-angstrom")

    def test_derive_cuts_to_30(self):
        name = validation.derive_username("a" * 40, never_taken, hex_digits)
        self.assertEqual(name, "a" * 30)

    def test_derive_on_clash_uses_14_chars_and_16_hex(self):
        taken = {"alexandra-longname"}
        name = validation.derive_username("Alexandra Longname", lambda n: n in taken, hex_digits)
        self.assertEqual(name, "alexandra-long" + "0123456789abcdef")
        self.assertEqual(len(name), 30)

    def test_derive_retries_until_free(self):
        draws = iter(["0000000000000000", "1111111111111111"])
        taken = {"bob", "bob0000000000000000"}
        name = validation.derive_username("Bob", lambda n: n in taken, lambda n: next(draws))
        self.assertEqual(name, "bob1111111111111111")

    def test_derive_reserved_and_short_and_digits(self):
        self.assertEqual(validation.derive_username("About", never_taken, hex_digits), "about0123456789abcdef")
        self.assertEqual(validation.derive_username("X", never_taken, hex_digits), "x0123456789abcdef")
        self.assertEqual(validation.derive_username("2pac", never_taken, hex_digits), "user-2pac0123456789abcdef")
        self.assertEqual(validation.derive_username("日本", never_taken, hex_digits), "user0123456789abcdef")
        for name in ("about0123456789abcdef", "user-2pac0123456789abcdef"):
            validation.validate_username(name)


class TestNames(unittest.TestCase):
    def test_board_names(self):
        self.assertEqual(validation.validate_board_name("sprint-12"), "sprint-12")
        for bad in ("Sprint", "new", "kanbo", "profile", "", "a b", "x" * 51):
            with self.assertRaises(ValidationError):
                validation.validate_board_name(bad)

    def test_board_reserved_message(self):
        with self.assertRaises(ValidationError) as ctx:
            validation.validate_board_name("edit")
        self.assertEqual(ctx.exception.message, "The board name 'edit' is reserved; please choose another.")

    def test_board_label(self):
        self.assertEqual(validation.validate_board_label(None), "")
        with self.assertRaises(ValidationError):
            validation.validate_board_label("x" * 201)

    def test_bag_and_tag_names(self):
        self.assertEqual(validation.validate_bag_name("state"), "state")
        self.assertEqual(validation.validate_tag_name("in-review"), "in-review")
        for bad in ("State", "in review", "", "x" * 201, "á"):
            with self.assertRaises(ValidationError):
                validation.validate_bag_name(bad)
            with self.assertRaises(ValidationError):
                validation.validate_tag_name(bad)

    def test_card_names_are_slugs(self):
        self.assertEqual(validation.validate_card_name("Card_12-b"), "Card_12-b")
        for bad in ("", "a b", "a/b", "x" * 51):
            with self.assertRaises(ValidationError):
                validation.validate_card_name(bad)

    def test_card_label_required(self):
        self.assertEqual(validation.validate_card_label("  Fix login  "), "Fix login")
        with self.assertRaises(ValidationError) as ctx:
            validation.validate_card_label("   ")
        self.assertEqual(ctx.exception.message, "Label is required.")
        with self.assertRaises(ValidationError):
            validation.validate_card_label("x" * 201)

    def test_href(self):
        self.assertEqual(validation.validate_href(""), "")
        self.assertEqual(validation.validate_href(None), "")
        self.assertEqual(validation.validate_href(" https://example.com/a?b=1 "), "https://example.com/a?b=1")
        for bad in ("javascript:alert(1)", "ftp://x", "http://", "http://a b", "http://x/" + "a" * 1000):
            with self.assertRaises(ValidationError):
                validation.validate_href(bad)


class TestBagFormIncludesInialTags(unittest.TestCase):
    def test_has_inital_tags_field(self):
        self.assertEqual(validation.parse_initial_tags("todo doing\ndone"), ["todo", "doing", "done"])

    def test_requires_lowercase(self):
        with self.assertRaises(ValidationError) as ctx:
            validation.parse_initial_tags("Foo")
        self.assertEqual(ctx.exception.field, "initial_tags")

    def test_forbids_spaces_in_tags(self):
        # In the bag form whitespace separates tags; a single tag name
        # (the tag form) must not contain one.
        with self.assertRaises(ValidationError):
            validation.validate_tag_name("foo bar")
        self.assertEqual(validation.parse_initial_tags("foo bar"), ["foo", "bar"])

    def test_when_initial_tags_has_three_items_it_should_be_valid(self):
        self.assertEqual(len(validation.parse_initial_tags("  one\ttwo\r\n three ")), 3)

    def test_empty_and_duplicates(self):
        self.assertEqual(validation.parse_initial_tags(""), [])
        self.assertEqual(validation.parse_initial_tags(None), [])
        with self.assertRaises(ValidationError):
            validation.parse_initial_tags("a b a")


if __name__ == "__main__":
    unittest.main()
