"""Permission rules (KANBO.md §2), called by the web layer on every write.

`user` is a User or None (anonymous); `access` is that user's Access row
on the board, or None. Each `can_*` returns a bool; `require` turns a
False into PermissionDenied."""

from .errors import PermissionDenied


def is_owner(user, board):
    return user is not None and user.id == board.owner_id


def can_read(user, board, access=None):
    """Everyone can read every board that is not private; a private board
    only its owner and its members (read-only members included)."""
    if not board.is_private:
        return True
    if user is None:
        return False
    if user.id == board.owner_id:
        return True
    return access is not None and access.user_id == user.id and access.board_id == board.id


def can_rearrange(user, board, access=None):
    """Anyone, even anonymous, on a public board; otherwise the owner or a
    collaborator whose access allows rearranging."""
    if board.is_public:
        return True
    if user is None:
        return False
    if user.id == board.owner_id:
        return True
    return access is not None and access.user_id == user.id and access.board_id == board.id and bool(access.can_rearrange)


def can_add_card(user, board, access=None):
    """Same rule as rearranging."""
    return can_rearrange(user, board, access)


def can_edit_card(user, board, access=None):
    """Editing or deleting a card: a logged-in user who may rearrange."""
    return user is not None and can_rearrange(user, board, access)


def can_edit_tags(user, board, access=None):
    """Adding bags and tags, renaming or reordering tags: a logged-in user
    who may rearrange (the original checked nothing)."""
    return user is not None and can_rearrange(user, board, access)


def can_manage_members(user, board):
    """Adding or removing users: the owner only, and never on a public
    board."""
    return is_owner(user, board) and not board.is_public


def can_delete_bag(user, board):
    """The owner only."""
    return is_owner(user, board)


def can_manage_board(user, board):
    """Renaming or deleting the board, renaming or deleting bags and
    tags: the owner only."""
    return is_owner(user, board)


def click_modes(user, board, access=None):
    """The click modes a grid offers: view, plus edit for users who may
    edit cards."""
    if can_edit_card(user, board, access):
        return ["view", "edit"]
    return ["view"]


def require(allowed, action="do that"):
    """Raises PermissionDenied unless `allowed`."""
    if not allowed:
        raise PermissionDenied("You are not allowed to %s on this board." % action)
