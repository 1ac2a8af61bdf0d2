"""make_grid (KANBO.md §1.3): the rows of bins a grid page shows.

One pass over the cards in board order puts each in the bin of its
(x tag, y tag) pair, looked up in a map tag id -> axis position: O(N +
card-tag links), and a card lands in exactly one bin even if it carries
two tags of an axis bag (the tag that comes first in tag order wins)."""

from .ordering import toposort


class Bin:
    """One cell of a grid: its cards (board order), the x and y tags
    defining it (None for "untagged on that axis"), its tag set and DOM id."""

    __slots__ = ("x_tag", "y_tag", "cards")

    def __init__(self, x_tag, y_tag):
        self.x_tag = x_tag
        self.y_tag = y_tag
        self.cards = []

    @property
    def tags(self):
        return frozenset([t for t in (self.x_tag, self.y_tag) if t is not None])

    @property
    def dom_id(self):
        """`bin-` + the tag ids in ascending order joined by `-`, or
        `untagged-bin`: canonical, so a client can rebuild it from the tag
        ids of an event."""
        ids = sorted([t.id for t in (self.x_tag, self.y_tag) if t is not None])
        if not ids:
            return "untagged-bin"
        return "bin-" + "-".join([str(i) for i in ids])

    def tags_field(self):
        """The `tags` value of this bin's drop form: `bag:tag` names
        joined by `,` (empty when untagged)."""
        return ",".join([t.qualified() for t in (self.x_tag, self.y_tag) if t is not None])

    def __repr__(self):
        return "Bin(%s, %d cards)" % (self.dom_id, len(self.cards))


class Grid:
    """Rows of bins. `x_tags` and `y_tags` are the column and row tags;
    `rows[0]` is the untagged row, `rows[0][0]` the untagged bin."""

    __slots__ = ("rows", "x_tags", "y_tags", "spec")

    def __init__(self, rows, x_tags, y_tags, spec=None):
        self.rows = rows
        self.x_tags = x_tags
        self.y_tags = y_tags
        self.spec = spec

    def bins(self):
        result = []
        for row in self.rows:
            result.extend(row)
        return result

    def is_2d(self):
        return len(self.rows) > 1 or bool(self.y_tags)


def bucket(cards, card_tags, x_tags, y_tags):
    """The grid of `cards` (already in board order) over the column tags
    `x_tags` and row tags `y_tags` (lists in tag order; empty for no
    axis). `card_tags` maps card id -> iterable of tag ids.

    Row 0 holds the untagged bin and one bin per x tag (cards without a
    y tag); each y tag's row starts with its no-x-tag bin, then one core
    bin per x tag."""
    nx = len(x_tags)
    ny = len(y_tags)
    axis_of = {}  # tag id -> (axis, position)
    for i in range(nx):
        axis_of[x_tags[i].id] = (0, i)
    for j in range(ny):
        axis_of[y_tags[j].id] = (1, j)
    rows = []
    row0 = [Bin(None, None)]
    for i in range(nx):
        row0.append(Bin(x_tags[i], None))
    rows.append(row0)
    for j in range(ny):
        row = [Bin(None, y_tags[j])]
        for i in range(nx):
            row.append(Bin(x_tags[i], y_tags[j]))
        rows.append(row)
    no_tags = ()
    for card in cards:
        xi = nx
        yj = ny
        for tag_id in card_tags.get(card.id, no_tags):
            hit = axis_of.get(tag_id)
            if hit is not None:
                if hit[0] == 0:
                    if hit[1] < xi:
                        xi = hit[1]
                elif hit[1] < yj:
                    yj = hit[1]
        row = rows[0] if yj == ny else rows[yj + 1]
        row[0 if xi == nx else xi + 1].cards.append(card)
    return Grid(rows, list(x_tags), list(y_tags))


def make_grid(content, spec, ordered_cards=None):
    """The grid of the board `content` (a BoardContent) laid out by `spec`
    (an AxisSpec): columns are the tags of the x-axis's first bag, rows
    those of the y-axis's first bag. Cards are toposorted unless
    `ordered_cards` gives them in board order already."""
    if ordered_cards is None:
        ordered_cards = toposort(content.cards)
    x_tags = content.bag_tags(spec.xaxis[0]) if spec.xaxis else []
    y_tags = content.bag_tags(spec.yaxis[0]) if spec.yaxis else []
    grid = bucket(ordered_cards, content.card_tags, x_tags, y_tags)
    grid.spec = spec
    return grid
