"""Work-in-progress limits (KANBO.md §7): a column tag may carry a limit
on the cards of its bins; reaching it shows a warning, going over it is
"over", and a hard limit refuses drops that would go over."""

from .errors import ValidationError

OK = "ok"
AT_LIMIT = "at-limit"
OVER = "over"


def validate_wip_limit(value):
    """None (no limit) or a positive int, from a form value or an int."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit() or not text.isascii():
            raise ValidationError("The WIP limit must be a whole number of cards.", "wip_limit")
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError("The WIP limit must be at least 1.", "wip_limit")
    if value > 100000:
        raise ValidationError("The WIP limit must be at most 100000.", "wip_limit")
    return value


def status(count, limit):
    """OK, AT_LIMIT or OVER for `count` cards under `limit` (None: OK)."""
    if limit is None:
        return OK
    if count > limit:
        return OVER
    if count == limit:
        return AT_LIMIT
    return OK


def column_counts(grid):
    """{x tag id: cards in that column (all rows)}."""
    counts = {}
    for tag in grid.x_tags:
        counts[tag.id] = 0
    for row in grid.rows:
        for bin in row:
            if bin.x_tag is not None:
                counts[bin.x_tag.id] += len(bin.cards)
    return counts


def column_status(grid, limits):
    """{x tag id: status} for the grid's columns; `limits` maps tag id ->
    limit (missing: none)."""
    counts = column_counts(grid)
    result = {}
    for tag_id, count in counts.items():
        result[tag_id] = status(count, limits.get(tag_id))
    return result


def drop_allowed(count_after, limit, hard):
    """Whether a drop leaving `count_after` cards in a column with `limit`
    is allowed: only a hard limit refuses going over."""
    return not (hard and limit is not None and count_after > limit)
