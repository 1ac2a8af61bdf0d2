"""Axis specs (KANBO.md §1.3): which bags lay out a grid, and how clicks
on its cards behave.

    spec := axes (";" key "=" value)*   -- click=view|edit; other keys ignored
    axes := bags ("+" bags)?            -- x-axis, optional y-axis
    bags := bagname ("," bagname)*

Also the grid options of a board (its tabs) and the tag sets of an axis."""

from .errors import AxisSpecError

CLICK_MODES = ("view", "edit")


class AxisSpec:
    """The x-axis bags, the y-axis bags (possibly none) and the click mode.
    Equality ignores the click mode."""

    __slots__ = ("xaxis", "yaxis", "click")

    def __init__(self, xaxis=(), yaxis=(), click="view"):
        if click not in CLICK_MODES:
            raise AxisSpecError("not a valid axis spec: click must be view or edit, not %r" % (click,))
        self.xaxis = list(xaxis)
        self.yaxis = list(yaxis)
        self.click = click

    @classmethod
    def parse(cls, spec, bags):
        """The AxisSpec written `spec` over `bags` (the board's Bag objects,
        or a dict name -> Bag). Raises AxisSpecError (a 404) for an unknown
        bag, an empty bag name, an option without `=` or a bad click mode."""
        if isinstance(bags, dict):
            by_name = bags
        else:
            by_name = {}
            for bag in bags:
                by_name[bag.name] = bag
        parts = spec.split(";")
        click = "view"
        for option in parts[1:]:
            if "=" not in option:
                raise AxisSpecError("not a valid axis spec: option %r has no '='" % (option,))
            key, value = option.split("=", 1)
            if key == "click":
                if value not in CLICK_MODES:
                    raise AxisSpecError("not a valid axis spec: click must be view or edit, not %r" % (value,))
                click = value
        axes = parts[0].split("+")
        if axes == [""]:
            return cls([], [], click)
        xaxis = _bags(axes[0], by_name)
        yaxis = _bags(axes[1], by_name) if len(axes) > 1 else []
        return cls(xaxis, yaxis, click)

    def with_click(self, click):
        return AxisSpec(self.xaxis, self.yaxis, click)

    def format(self):
        """The spec's text: x names joined by `,`, then `+` and the y names
        if there is a y-axis, then `;click=edit` when not in view mode."""
        text = ",".join([b.name for b in self.xaxis])
        if self.yaxis:
            text += "+" + ",".join([b.name for b in self.yaxis])
        if self.click != "view":
            text += ";click=" + self.click
        return text

    __str__ = format

    def label(self):
        """Names joined by `, `, with ` × ` between the axes."""
        text = ", ".join([b.name for b in self.xaxis])
        if self.yaxis:
            text += " × " + ", ".join([b.name for b in self.yaxis])
        return text

    def axis_bags(self):
        """Every bag on either axis (their tags are replaced by a drop)."""
        return self.xaxis + self.yaxis

    def _key(self):
        return (tuple([_bag_key(b) for b in self.xaxis]), tuple([_bag_key(b) for b in self.yaxis]))

    def __eq__(self, other):
        if not isinstance(other, AxisSpec):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        if not isinstance(other, AxisSpec):
            return NotImplemented
        return self._key() != other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return "AxisSpec(%r)" % (self.format(),)


def _bag_key(bag):
    return (bag.board_id, bag.name)


def _bags(text, by_name):
    result = []
    for name in text.split(","):
        bag = by_name.get(name)
        if bag is None:
            raise AxisSpecError("not a valid axis spec: there is no bag %r" % (name,))
        result.append(bag)
    return result


def axis_tag_sets(axis, tags_of_bag):
    """[∅] plus one singleton per tag of the axis's first bag, in tag
    order; no axis gives [∅]. `tags_of_bag(bag)` gives a bag's tags in
    order. Sets are frozensets of Tag objects."""
    result = [frozenset()]
    if axis:
        for tag in tags_of_bag(axis[0]):
            result.append(frozenset([tag]))
    return result


def grid_options(bags, click="view"):
    """The grid tabs of a board whose bags are `bags` (in id order): the
    first bag alone, then the first against each other bag. The first is
    the canonical grid. No bags gives the 0-D grid."""
    if not bags:
        return [AxisSpec([], [], click)]
    first = bags[0]
    options = [AxisSpec([first], [], click)]
    for bag in bags[1:]:
        options.append(AxisSpec([first], [bag], click))
    return options
