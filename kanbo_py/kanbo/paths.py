"""URL paths of KANBO.md §3 built from names (pure; the router of the web
layer matches the same shapes), and a card's click link (§1.3 Grid page).

U = owner's username, B = board name, A = axis spec text."""

from .axes import grid_options


def board_path(owner_name, board_name):
    return "/%s/%s/" % (owner_name, board_name)


def grid_path(owner_name, board_name, spec):
    """`/U/B/grids/A/` for an AxisSpec (or spec text)."""
    text = spec if isinstance(spec, str) else spec.format()
    return "/%s/%s/grids/%s/" % (owner_name, board_name, text)


def canonical_grid_path(owner_name, board_name, bags):
    """The board's canonical URL: the grid of its first bag (the board
    detail page when it has no bags)."""
    if not bags:
        return board_path(owner_name, board_name)
    return grid_path(owner_name, board_name, grid_options(bags)[0])


def bag_path(owner_name, board_name, bag_name):
    return "/%s/%s/bags/%s/" % (owner_name, board_name, bag_name)


def new_tag_path(owner_name, board_name, bag_name):
    return "/%s/%s/bags/%s/tags/new" % (owner_name, board_name, bag_name)


def edit_card_path(owner_name, board_name, spec, card_name):
    """`/U/B/grids/A;click=edit/<card>/edit`: editing keeps the grid and
    its edit mode."""
    text = spec.with_click("edit").format()
    return "/%s/%s/grids/%s/%s/edit" % (owner_name, board_name, text, card_name)


def click_href(card, owner_name, board_name, spec, may_edit):
    """Where clicking `card` on the grid `spec` leads: its href in view
    mode (None if it has none); in edit mode the edit-card path for users
    who may edit cards (None for the others)."""
    if spec.click == "edit":
        if may_edit:
            return edit_card_path(owner_name, board_name, spec, card.name)
        return None
    return card.href or None
