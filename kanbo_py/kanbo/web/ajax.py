"""The board's script endpoints and their non-JS fallbacks (KANBO.md §3):
card moves (`arrangement` form, `jarrange` JSON), tag reordering, the
event stream (`jevents/<seq>`, 410 once expired) and user autocomplete.
Every write checks the permission rules."""

from ..axes import AxisSpec
from ..errors import NotFound, ValidationError
from ..permissions import can_edit_tags, can_rearrange, require
from .http import json_response, redirect
from .. import paths


def parse_order(text):
    """`"3 1 -"` -> [3, 1, None] ("-" or an empty item means the end)."""
    order = []
    for item in text.replace(",", " ").split():
        if item == "-":
            order.append(None)
        elif item.isdigit() and item.isascii():
            order.append(int(item))
        else:
            raise ValidationError("The order must list card ids, or - for the end.", "order")
    return order


def _apply_move(app, request, board_id, spec_text):
    """Checks and applies one move; returns (board, content, spec, event)."""
    repo = app.repo
    board = app.board_by_id(request, board_id)
    access = repo.get_access(board, request.user)
    require(can_rearrange(request.user, board, access), "rearrange cards")
    content = repo.load_board(board)
    spec = AxisSpec.parse(spec_text, content.bags) if spec_text is not None else None
    order = parse_order(request.field("order"))
    dropped = None
    dropped_text = request.field("dropped").strip()
    card_name = request.field("card").strip()
    if dropped_text:
        if not dropped_text.isdigit():
            raise ValidationError("dropped must be a card id.", "dropped")
        dropped = int(dropped_text)
    elif card_name:
        dropped = repo.get_card(board, card_name).id
    if dropped is not None and dropped not in content.card_by_id:
        raise NotFound("there is no card %r on this board" % (dropped,))
    if not order and dropped is not None:
        order = [dropped, None]
    refs = [t.strip() for t in request.field("tags").split(",") if t.strip()]
    event = repo.move_card(content, order, dropped, refs, spec)
    return board, content, spec, event


def arrangement(app, request, board_id, spec=None):
    board, content, axis, event = _apply_move(app, request, board_id, spec)
    if spec is None:
        return redirect(paths.board_path(board_owner(app, board), board.name))
    return redirect(paths.grid_path(board_owner(app, board), board.name, spec))


def jarrange(app, request, board_id, spec):
    if request.method != "POST":
        return json_response({"success": False})
    board, content, axis, event = _apply_move(app, request, board_id, spec)
    result = {"success": True, "ids": event["order"], "tags": event.get("tags", [])}
    dropped = event.get("dropped")
    if dropped is not None:
        card = content.card_by_id[dropped]
        axis_ids = set([b.id for b in axis.axis_bags()]) if axis is not None else set()
        result["dropped"] = {
            "id": card.id,
            "label": card.label,
            "tags": [{"id": t.id, "name": t.qualified(), "axis": t.bag_id in axis_ids} for t in content.tags_of(card)],
        }
    return json_response(result)


def jevents(app, request, board_id, seq):
    board = app.board_by_id(request, board_id)
    events, next_seq = app.repo.events.read_decoded(board.id, seq)
    return json_response(
        {
            "ready": True,
            "pleaseWait": app.poll_interval_ms,
            "next": "/boards/%d/jevents/%d" % (board.id, next_seq),
            "events": events,
        }
    )


def _arrange_tags(app, request, bag_id):
    repo = app.repo
    bag = repo.get_bag_by_id(bag_id)
    board = app.board_by_id(request, bag.board_id, "there is no bag %r" % (bag_id,))
    require(can_edit_tags(request.user, board, repo.get_access(board, request.user)), "rearrange tags")
    order = parse_order(request.field("order"))
    repo.rearrange_tags(bag, order)
    return bag, board, order


def bag_arrangement(app, request, bag_id):
    bag, board, order = _arrange_tags(app, request, bag_id)
    return redirect(paths.bag_path(board_owner(app, board), board.name, bag.name))


def bag_jarrange(app, request, bag_id):
    bag, board, order = _arrange_tags(app, request, bag_id)
    return json_response({"success": True, "ids": order})


def autocomplete_user(app, request):
    user = app.require_login(request)
    users = app.repo.users_with_prefix(request.arg("term"), exclude=user)
    return json_response([{"value": u.username, "label": u.label()} for u in users])


def board_owner(app, board):
    if board.owner_name:
        return board.owner_name
    return app.repo.get_user(board.owner_id).username


def register(app):
    app.route("POST", "/boards/<int:board_id>/arrangement", arrangement)
    app.route("POST", "/boards/<int:board_id>/grids/<spec:spec>/arrangement", arrangement)
    app.route("GET POST", "/boards/<int:board_id>/grids/<spec:spec>/jarrange", jarrange)
    app.route("GET", "/boards/<int:board_id>/jevents/<int:seq>", jevents)
    app.route("POST", "/bags/<int:bag_id>/arrangement", bag_arrangement)
    app.route("POST", "/bags/<int:bag_id>/jarrange", bag_jarrange)
    app.route("GET", "/autocomplete/user", autocomplete_user)
