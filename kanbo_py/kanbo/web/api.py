"""The JSON API under /api/ (documented in kanbo_py/API.md): boards, bags,
tags, cards, the grid, moves and events, with the same permission rules
as the pages. Writes need the session cookie and the X-CSRF-Token
header; errors are JSON {error} with the HTTP status."""

from ..axes import AxisSpec
from ..errors import ValidationError
from ..permissions import can_add_card, can_edit_card, can_edit_tags, can_manage_board, can_rearrange, require
from ..storage.repository import card_json
from ..ordering import toposort
from .http import json_response
from . import pages


def _login(app, request, allowed, action):
    app.require_login(request)
    require(allowed, action)


def board_json(board):
    return {
        "id": board.id,
        "owner": board.owner_name,
        "name": board.name,
        "label": board.label,
        "is_public": board.is_public,
        "is_private": board.is_private,
        "created": board.created,
        "modified": board.modified,
    }


def bag_json(app, bag):
    return {"id": bag.id, "board": bag.board_id, "name": bag.name, "tags": [tag_json(t) for t in app.repo.tags(bag)]}


def tag_json(tag, limit=None, hard=False):
    return {
        "id": tag.id,
        "bag": tag.bag_id,
        "name": tag.name,
        "qualified": tag.qualified(),
        "wip_limit": limit,
        "hard": hard,
    }


def _body(request):
    data = request.json()
    if not isinstance(data, dict):
        raise ValidationError("The body must be a JSON object.", None)
    return data


def _text(data, key, default=None):
    value = data.get(key, default)
    if value is not None and not isinstance(value, str):
        raise ValidationError("%s must be a string." % key, key)
    return value


def _flag(data, key, default=None):
    """A boolean field: absent or null gives `default`, otherwise its
    truth value (as `is_public` always was)."""
    value = data.get(key)
    if value is None:
        return default
    return bool(value)


def me(app, request):
    user = request.user
    return json_response(
        {
            "user": None if user is None else {"id": user.id, "username": user.username, "full_name": user.full_name},
            "csrf_token": request.session.csrf,
        }
    )


def boards(app, request):
    repo = app.repo
    if request.method == "POST":
        user = app.require_login(request)
        data = _body(request)
        board = repo.create_board(
            user,
            _text(data, "name", ""),
            _text(data, "label", ""),
            _flag(data, "is_public", False),
            is_private=_flag(data, "is_private", False),
        )
        return json_response(board_json(board), 201)
    owner_name = request.arg("owner")
    if owner_name:
        owner = repo.get_user_by_name(owner_name)
    else:
        owner = app.require_login(request)
    return json_response([board_json(b) for b in app.visible_boards(request, repo.boards_of(owner))])


def import_board(app, request):
    """A new board of the logged-in user from an export (`data`), named
    `name` or as exported."""
    from ..storage import transfer

    user = app.require_login(request)
    data = _body(request)
    board, skipped = transfer.import_board(app.repo, user, data.get("data"), _text(data, "name"))
    result = board_json(board)
    result["skipped_members"] = skipped
    return json_response(result, 201)


def board(app, request, board_id):
    repo = app.repo
    b = app.board_by_id(request, board_id)
    if request.method == "GET":
        result = board_json(b)
        result["bags"] = [bag_json(app, bag) for bag in repo.bags(b)]
        result["card_count"] = repo.card_count(b)
        result["members"] = [{"username": u.username, "can_rearrange": a.can_rearrange} for u, a in repo.members(b)]
        return json_response(result)
    _login(app, request, can_manage_board(request.user, b), "change the board")
    if request.method == "DELETE":
        repo.delete_board(b)
        return json_response({"deleted": b.id})
    data = _body(request)
    b = repo.update_board(
        b, _text(data, "name"), _text(data, "label"), _flag(data, "is_public"), _flag(data, "is_private")
    )
    return json_response(board_json(b))


def board_bags(app, request, board_id):
    repo = app.repo
    b = app.board_by_id(request, board_id)
    if request.method == "GET":
        return json_response([bag_json(app, bag) for bag in repo.bags(b)])
    _login(app, request, can_edit_tags(request.user, b, repo.get_access(b, request.user)), "add bags")
    data = _body(request)
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all([isinstance(t, str) for t in tags]):
        raise ValidationError("tags must be a list of names.", "tags")
    bag = repo.create_bag(b, _text(data, "name", ""), tags)
    return json_response(bag_json(app, bag), 201)


def bag(app, request, bag_id):
    repo = app.repo
    bg = repo.get_bag_by_id(bag_id)
    b = app.board_by_id(request, bg.board_id, "there is no bag %r" % (bag_id,))
    if request.method == "GET":
        return json_response(bag_json(app, bg))
    _login(app, request, can_manage_board(request.user, b), "change bags")
    if request.method == "DELETE":
        repo.delete_bag(bg)
        return json_response({"deleted": bg.id})
    bg = repo.rename_bag(bg, _text(_body(request), "name", ""))
    return json_response(bag_json(app, bg))


def bag_tags(app, request, bag_id):
    repo = app.repo
    bg = repo.get_bag_by_id(bag_id)
    b = app.board_by_id(request, bg.board_id, "there is no bag %r" % (bag_id,))
    _login(app, request, can_edit_tags(request.user, b, repo.get_access(b, request.user)), "add tags")
    tag = repo.create_tag(bg, _text(_body(request), "name", ""))
    return json_response(tag_json(tag), 201)


def bag_order(app, request, bag_id):
    repo = app.repo
    bg = repo.get_bag_by_id(bag_id)
    b = app.board_by_id(request, bg.board_id, "there is no bag %r" % (bag_id,))
    _login(app, request, can_edit_tags(request.user, b, repo.get_access(b, request.user)), "rearrange tags")
    order = _order(_body(request))
    repo.rearrange_tags(bg, order)
    return json_response(bag_json(app, bg))


def tag(app, request, tag_id):
    repo = app.repo
    t = repo.get_tag(tag_id)
    bg = repo.get_bag_by_id(t.bag_id)
    b = app.board_by_id(request, bg.board_id, "there is no tag %r" % (tag_id,))
    limit, hard = repo.wip_limits(b).get(t.id, (None, False))
    if request.method == "GET":
        return json_response(tag_json(t, limit, hard))
    access = repo.get_access(b, request.user)
    if request.method == "DELETE":
        _login(app, request, can_manage_board(request.user, b), "delete tags")
        repo.delete_tag(t)
        return json_response({"deleted": t.id})
    _login(app, request, can_edit_tags(request.user, b, access), "change tags")
    data = _body(request)
    name = _text(data, "name")
    if name is not None and name != t.name:
        require(can_manage_board(request.user, b), "rename tags")
        t = repo.rename_tag(t, name)
    if "wip_limit" in data:
        repo.set_wip_limit(t, data["wip_limit"], bool(data.get("hard", False)))
    limit, hard = repo.wip_limits(b).get(t.id, (None, False))
    return json_response(tag_json(t, limit, hard))


def board_cards(app, request, board_id):
    repo = app.repo
    b = app.board_by_id(request, board_id)
    if request.method == "GET":
        content = repo.load_board(b)
        return json_response([card_json(c, content.card_tags.get(c.id, [])) for c in toposort(content.cards)])
    _login(app, request, can_add_card(request.user, b, repo.get_access(b, request.user)), "add cards")
    data = _body(request)
    content = repo.load_board(b)
    tag_refs = data.get("tags", [])
    if not isinstance(tag_refs, list):
        raise ValidationError("tags must be a list.", "tags")
    from ..tags import parse_tag

    tags = [parse_tag(r, content) for r in tag_refs]
    card = repo.create_card(b, _text(data, "label", ""), _text(data, "name"), _text(data, "href", ""), tags)
    return json_response(card_json(card, [t.id for t in tags]), 201)


def card(app, request, card_id):
    repo = app.repo
    c = repo.get_card_by_id(card_id)
    b = app.board_by_id(request, c.board_id, "there is no card %r" % (card_id,))
    if request.method == "GET":
        return json_response(card_json(c, repo.card_tag_ids(c)))
    _login(app, request, can_edit_card(request.user, b, repo.get_access(b, request.user)), "change cards")
    if request.method == "DELETE":
        repo.delete_card(c)
        return json_response({"deleted": c.id})
    data = _body(request)
    c = repo.update_card(c, _text(data, "name"), _text(data, "label"), _text(data, "href"))
    return json_response(card_json(c, repo.card_tag_ids(c)))


def grid(app, request, board_id):
    repo = app.repo
    b = app.board_by_id(request, board_id)
    spec_text = request.arg("spec")
    if not spec_text:
        bags = repo.bags(b)
        spec_text = bags[0].name if bags else ""
    model = pages.grid_model(app, request, b, spec_text)
    rows = []
    for row in model["rows"]:
        bins = []
        for bn in row["bins"]:
            bins.append({"id": bn["dom_id"], "tags": bn["tags_field"], "cards": [c["card"].id for c in bn["cards"]]})
        rows.append({"heading": row["heading"], "bins": bins})
    content = model["content"]
    return json_response(
        {
            "board": board_json(b),
            "spec": model["spec_text"],
            "label": model["spec"].label(),
            "columns": [
                {"name": c["name"], "count": c["count"], "wip_limit": c["limit"], "status": c["status"]}
                for c in model["columns"]
            ],
            "rows": rows,
            "cards": dict([(str(c.id), card_json(c, content.card_tags.get(c.id, []))) for c in content.cards]),
            "query_error": model["query_error"],
            "events": model["events_href"],
        }
    )


def _order(data):
    order = data.get("order")
    if not isinstance(order, list) or not all(
        [o is None or (isinstance(o, int) and not isinstance(o, bool)) for o in order]
    ):
        raise ValidationError("order must be a list of ids (null for the end).", "order")
    return order


def move(app, request, board_id):
    repo = app.repo
    b = app.board_by_id(request, board_id)
    _login(app, request, can_rearrange(request.user, b, repo.get_access(b, request.user)), "rearrange cards")
    data = _body(request)
    order = _order(data)
    content = repo.load_board(b)
    spec_text = _text(data, "spec")
    spec = AxisSpec.parse(spec_text, content.bags) if spec_text else None
    dropped = data.get("dropped")
    if dropped is not None and (not isinstance(dropped, int) or isinstance(dropped, bool)):
        raise ValidationError("dropped must be a card id.", "dropped")
    refs = data.get("tags", [])
    if not isinstance(refs, list):
        raise ValidationError("tags must be a list.", "tags")
    if dropped is not None and not order:
        order = [dropped, None]
    event = repo.move_card(content, order, dropped, refs, spec)
    return json_response({"success": True, "event": event})


def events(app, request, board_id, seq):
    b = app.board_by_id(request, board_id)
    evs, next_seq = app.repo.events.read_decoded(b.id, seq)
    return json_response({"events": evs, "next": next_seq, "pleaseWait": app.poll_interval_ms})


def register(app):
    app.route("GET", "/api/me", me)
    app.route("GET POST", "/api/boards", boards)
    app.route("POST", "/api/boards/import", import_board)
    app.route("GET PATCH DELETE", "/api/boards/<int:board_id>", board)
    app.route("GET POST", "/api/boards/<int:board_id>/bags", board_bags)
    app.route("GET POST", "/api/boards/<int:board_id>/cards", board_cards)
    app.route("GET", "/api/boards/<int:board_id>/grid", grid)
    app.route("POST", "/api/boards/<int:board_id>/move", move)
    app.route("GET", "/api/boards/<int:board_id>/events/<int:seq>", events)
    app.route("GET PATCH DELETE", "/api/bags/<int:bag_id>", bag)
    app.route("POST", "/api/bags/<int:bag_id>/tags", bag_tags)
    app.route("POST", "/api/bags/<int:bag_id>/order", bag_order)
    app.route("GET PATCH DELETE", "/api/tags/<int:tag_id>", tag)
    app.route("GET PATCH DELETE", "/api/cards/<int:card_id>", card)
