"""Axis specs over fixture S (KANBO.md §1.3; §5 AxisSpecEquality,
AxisSpecParsingBehaviour, AxisSpecToStringBehaviours,
AxisTagSetBehaviourts, BoardGridOptionsBehaviour)."""

import unittest

from kanbo.axes import AxisSpec, axis_tag_sets, grid_options
from kanbo.entities import BoardContent
from kanbo.errors import AxisSpecError, NotFound

from tests.support import s_bags


class SpecTestCase(unittest.TestCase):
    def setUp(self):
        self.bags, self.tags = s_bags()
        self.bagname, self.secondbag, self.thirdbag = self.bags
        self.content = BoardContent(None, self.bags, self.tags, [], {})

    def parse(self, text):
        return AxisSpec.parse(text, self.bags)


class AxisSpecEquality(SpecTestCase):
    def test_when_same_x_and_y_axes_should_return_true(self):
        self.assertEqual(AxisSpec([self.bagname], [self.secondbag]), AxisSpec([self.bagname], [self.secondbag]))
        self.assertEqual(self.parse("bagname+secondbag"), self.parse("bagname+secondbag;click=edit"))
        self.assertEqual(hash(self.parse("bagname")), hash(self.parse("bagname;click=edit")))

    def test_when_not_same_x_and_y_axes_should_return_false(self):
        self.assertNotEqual(self.parse("bagname+secondbag"), self.parse("secondbag+bagname"))
        self.assertNotEqual(self.parse("bagname,secondbag"), self.parse("secondbag,bagname"))
        self.assertNotEqual(self.parse("bagname"), self.parse("bagname+secondbag"))
        self.assertFalse(self.parse("bagname") == "bagname")


class AxisSpecParsingBehaviour(SpecTestCase):
    def test_when_one_bag_named_should_make_it_the_xaxis(self):
        spec = self.parse("bagname")
        self.assertEqual(spec.xaxis, [self.bagname])
        self.assertEqual(spec.yaxis, [])
        self.assertEqual(spec.click, "view")

    def test_when_wrong_name_it_should_explode(self):
        with self.assertRaises(AxisSpecError) as ctx:
            self.parse("nosuchbag")
        self.assertIn("not a valid axis spec", str(ctx.exception))
        self.assertIsInstance(ctx.exception, NotFound)  # a 404, not a 500
        for text in ("bagname+nosuch", "bagname,", ",bagname", "bagname+"):
            with self.assertRaises(AxisSpecError):
                self.parse(text)

    def test_option_without_equals_is_a_clean_error(self):
        with self.assertRaises(AxisSpecError) as ctx:
            self.parse("bagname;click")
        self.assertIn("has no '='", str(ctx.exception))

    def test_bad_click_mode(self):
        with self.assertRaises(AxisSpecError):
            self.parse("bagname;click=delete")

    def test_other_options_ignored(self):
        self.assertEqual(self.parse("bagname;foo=bar;click=edit").format(), "bagname;click=edit")

    def test_when_two_bags_separated_by_plus_should_return_x_and_y_axes(self):
        spec = self.parse("bagname+secondbag")
        self.assertEqual(spec.xaxis, [self.bagname])
        self.assertEqual(spec.yaxis, [self.secondbag])

    def test_extra_plus_parts_ignored(self):
        spec = self.parse("bagname+secondbag+thirdbag")
        self.assertEqual(spec.yaxis, [self.secondbag])

    def test_when_two_bags_separated_by_comma_should_return_multiple_x_axes(self):
        spec = self.parse("bagname,secondbag")
        self.assertEqual(spec.xaxis, [self.bagname, self.secondbag])
        self.assertEqual(spec.yaxis, [])

    def test_when_plus_and_coma_combo_yield_two_axes(self):
        spec = self.parse("bagname+secondbag,thirdbag")
        self.assertEqual(spec.xaxis, [self.bagname])
        self.assertEqual(spec.yaxis, [self.secondbag, self.thirdbag])

    def test_when_stringified_should_return_spec(self):
        self.assertEqual(self.parse("bagname+secondbag,thirdbag").format(), "bagname+secondbag,thirdbag")

    def test_when_no_y_axis_should_omit_from_spec(self):
        self.assertEqual(str(self.parse("bagname")), "bagname")

    def test_when_click_specified(self):
        self.assertEqual(self.parse("bagname;click=edit").click, "edit")
        self.assertEqual(self.parse("bagname;click=view").click, "view")

    def test_parse_with_dict(self):
        spec = AxisSpec.parse("thirdbag", {"thirdbag": self.thirdbag})
        self.assertEqual(spec.xaxis, [self.thirdbag])

    def test_no_axes(self):
        spec = self.parse("")
        self.assertEqual((spec.xaxis, spec.yaxis, spec.format()), ([], [], ""))


class AxisSpecToStringBehaviours(SpecTestCase):
    def test_when_stringified_should_return_spec(self):
        spec = AxisSpec([self.bagname], [self.secondbag, self.thirdbag])
        self.assertEqual(spec.format(), "bagname+secondbag,thirdbag")

    def test_when_has_click_should_return_that_too(self):
        spec = AxisSpec([self.bagname], [self.secondbag], "edit")
        self.assertEqual(spec.format(), "bagname+secondbag;click=edit")
        self.assertEqual(spec.with_click("view").format(), "bagname+secondbag")

    def test_label_should_use_multiplication_sign(self):
        spec = AxisSpec([self.bagname], [self.secondbag, self.thirdbag])
        self.assertEqual(spec.label(), "bagname × secondbag, thirdbag")

    def test_when_no_y_axis_should_omit_from_label(self):
        self.assertEqual(AxisSpec([self.bagname, self.thirdbag]).label(), "bagname, thirdbag")


class AxisTagSetBehaviourts(SpecTestCase):
    def names(self, sets):
        return [sorted([t.name for t in s]) for s in sets]

    def test_when_one_bag_in_x_axis_should_return_simple_list_o_tags(self):
        spec = self.parse("bagname")
        sets = axis_tag_sets(spec.xaxis, self.content.bag_tags)
        self.assertEqual(self.names(sets), [[], ["ape"], ["bee"]])
        self.assertEqual(sets[1], frozenset([self.tags[0]]))

    def test_when_no_bags_in_y_axis_should_return_list_with_empty_set(self):
        spec = self.parse("bagname")
        self.assertEqual(axis_tag_sets(spec.yaxis, self.content.bag_tags), [frozenset()])

    def test_when_one_bag_in_y_axis_should_return_simple_list_o_tags(self):
        spec = self.parse("bagname+secondbag")
        self.assertEqual(self.names(axis_tag_sets(spec.yaxis, self.content.bag_tags)), [[], ["cat"], ["dog"]])

    def test_only_the_first_bag_counts(self):
        spec = self.parse("secondbag,bagname")
        self.assertEqual(self.names(axis_tag_sets(spec.xaxis, self.content.bag_tags)), [[], ["cat"], ["dog"]])


class BoardGridOptionsBehaviour(SpecTestCase):
    def test_when_one_bag_should_it_as_1x0(self):
        self.assertEqual([o.format() for o in grid_options(self.bags[:1])], ["bagname"])

    def test_when_two_bags_return_1x0_and_1x1(self):
        self.assertEqual([o.format() for o in grid_options(self.bags[:2])], ["bagname", "bagname+secondbag"])

    def test_when_three_bags_return_1x0_and_two_1x1s(self):
        self.assertEqual(
            [o.format() for o in grid_options(self.bags)], ["bagname", "bagname+secondbag", "bagname+thirdbag"]
        )

    def test_click_mode_carried(self):
        self.assertEqual([o.format() for o in grid_options(self.bags[:2], "edit")],
                         ["bagname;click=edit", "bagname+secondbag;click=edit"])

    def test_no_bags(self):
        self.assertEqual([o.format() for o in grid_options([])], [""])


if __name__ == "__main__":
    unittest.main()
