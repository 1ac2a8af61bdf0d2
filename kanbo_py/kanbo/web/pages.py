"""The HTML pages of KANBO.md §3 under the owner prefix `/U/B/...`:
home, profile, new board, board detail (members, settings), bags and
tags, the grid page and the card forms. Every write checks the
permission rules (§2, §7); a valid form POST answers 302, an invalid one
re-renders the form with 200 and the field errors."""

from .. import paths
from ..axes import AxisSpec, grid_options
from ..errors import NotFound, ValidationError
from ..grid import make_grid
from ..ordering import toposort
from ..permissions import (
    can_add_card,
    can_delete_bag,
    can_edit_card,
    can_edit_tags,
    can_manage_board,
    can_manage_members,
    can_rearrange,
    click_modes,
    require,
)
from ..search import filter_cards, parse_query
from ..wip import column_counts, status
from .http import Response, redirect


def _board(app, request, owner, board_name):
    """The board, or NotFound (also for a private board the user may not
    read)."""
    app.repo.get_user_by_name(owner)
    board = app.repo.get_board(owner, board_name)
    return app.readable(request, board, "there is no board %s/%s" % (owner, board_name))


def _access(app, request, board):
    return app.repo.get_access(board, request.user)


def _require_write(app, request, allowed, action):
    """Anonymous users are sent to log in; others get 403 if not allowed."""
    app.require_login(request)
    require(allowed, action)


def board_links(board):
    base = paths.board_path(board.owner_name, board.name)
    return {
        "detail": base,
        "new_bag": base + "bags/new",
        "add_user": base + "users/add",
        "edit": base + "edit",
        "delete": base + "delete",
    }


# ----- home and profile


def home(app, request):
    repo = app.repo
    demo = None
    try:
        board = app.board_by_id(request, 1)
        demo = {"board": board, "href": paths.canonical_grid_path(board.owner_name, board.name, repo.bags(board))}
    except NotFound:
        demo = None
    boards = []
    if request.user is not None:
        for board in repo.boards_of(request.user):
            boards.append(
                {"board": board, "href": paths.canonical_grid_path(board.owner_name, board.name, repo.bags(board))}
            )
    return app.render(request, "home.html", "Kanbo", demo=demo, boards=boards)


def check_env(app, request):
    """The site settings table of the original `/about/check-env`."""
    settings = [("SITE_NAME", "Kanbo"), ("SITE_ORIGIN", "http://" + request.headers.get("host", "localhost"))]
    return app.render(request, "check_env.html", "Environment", settings=settings)


def profile(app, request, owner):
    repo = app.repo
    user = repo.get_user_by_name(owner)
    prof = repo.get_profile(user)
    boards = []
    for board in app.visible_boards(request, repo.boards_of(user)):
        boards.append(
            {
                "board": board,
                "detail": paths.board_path(user.username, board.name),
                "href": paths.canonical_grid_path(user.username, board.name, repo.bags(board)),
            }
        )
    is_self = request.user is not None and request.user.id == user.id
    return app.render(request, "profile.html", user.username, owner=user, profile=prof, boards=boards, is_self=is_self)


def new_board(app, request, owner):
    user = app.require_login(request)
    if user.username != owner:
        return redirect("/%s/new" % user.username)
    errors = {}
    values = {"name": "", "label": "", "is_public": False, "is_private": False}
    if request.method == "POST":
        values = {
            "name": request.field("name").strip(),
            "label": request.field("label").strip(),
            "is_public": request.field("is_public") == "on",
            "is_private": request.field("is_private") == "on",
        }
        try:
            board = app.repo.create_board(
                user, values["name"], values["label"], values["is_public"], is_private=values["is_private"]
            )
        except ValidationError as e:
            errors[e.field or "name"] = e.message
        else:
            app.flash(request, "Created the board %s." % board.name)
            return redirect(paths.canonical_grid_path(user.username, board.name, app.repo.bags(board)))
    return app.render(request, "new_board.html", "New board", errors=errors, values=values)


# ----- board detail, members, settings


def board_detail(app, request, owner, board_name, add_user_errors=None, add_user_values=None):
    repo = app.repo
    board = _board(app, request, owner, board_name)
    if request.method == "POST":
        if can_manage_members(request.user, board):
            return _add_user(app, request, board, "board_detail")
        return redirect(paths.board_path(owner, board_name))
    access = _access(app, request, board)
    bags = repo.bags(board)
    counts = repo.tag_counts(board)
    bag_rows = []
    for bag in bags:
        bag_rows.append(
            {"bag": bag, "count": counts.get(bag.id, 0), "href": paths.bag_path(owner, board_name, bag.name)}
        )
    options = []
    for spec in grid_options(bags):
        options.append({"label": spec.label() or "all cards", "href": paths.grid_path(owner, board_name, spec)})
    members = []
    for user, acc in repo.members(board):
        members.append({"user": user, "access": acc, "href": "/%s/" % user.username})
    return app.render(
        request,
        "board_detail.html",
        board.name,
        board=board,
        links=board_links(board),
        card_count=repo.card_count(board),
        bags=bag_rows,
        options=options,
        members=members,
        owner_href="/%s/" % owner,
        may_manage_members=can_manage_members(request.user, board),
        may_manage=can_manage_board(request.user, board),
        may_edit_tags=can_edit_tags(request.user, board, access),
        may_add=request.user is not None and can_add_card(request.user, board, access),
        bookmarklet=bookmarklet(request, board),
        errors=add_user_errors or {},
        values=add_user_values or {"username": "", "can_rearrange": True},
    )


def _add_user(app, request, board, page):
    username = request.field("username").strip()
    can_rearrange_flag = request.field("can_rearrange") == "on"
    try:
        access, message = app.repo.add_member(board, username, can_rearrange_flag)
    except ValidationError as e:
        errors = {e.field or "username": e.message}
        values = {"username": username, "can_rearrange": can_rearrange_flag}
        if page == "add_user":
            return app.render(
                request,
                "add_user.html",
                "Add a member",
                board=board,
                links=board_links(board),
                errors=errors,
                values=values,
            )
        request.method = "GET"
        return board_detail(app, request, board.owner_name, board.name, errors, values)
    app.flash(request, message)
    return redirect(paths.board_path(board.owner_name, board.name))


def add_user(app, request, owner, board_name):
    board = _board(app, request, owner, board_name)
    if not can_manage_members(request.user, board):
        return redirect(paths.board_path(owner, board_name))
    if request.method == "POST":
        return _add_user(app, request, board, "add_user")
    return app.render(
        request,
        "add_user.html",
        "Add a member",
        board=board,
        links=board_links(board),
        errors={},
        values={"username": "", "can_rearrange": True},
    )


def remove_member(app, request, owner, board_name, username):
    board = _board(app, request, owner, board_name)
    _require_write(app, request, can_manage_members(request.user, board), "remove members")
    user = app.repo.get_user_by_name(username)
    app.repo.remove_member(board, user)
    app.flash(request, "%s was removed from the board." % user.username)
    return redirect(paths.board_path(owner, board_name))


def edit_board(app, request, owner, board_name):
    board = _board(app, request, owner, board_name)
    _require_write(app, request, can_manage_board(request.user, board), "change the board")
    errors = {}
    values = {"name": board.name, "label": board.label, "is_public": board.is_public, "is_private": board.is_private}
    if request.method == "POST":
        values = {
            "name": request.field("name").strip(),
            "label": request.field("label").strip(),
            "is_public": request.field("is_public") == "on",
            "is_private": request.field("is_private") == "on",
        }
        try:
            board = app.repo.update_board(
                board, values["name"], values["label"], values["is_public"], values["is_private"]
            )
        except ValidationError as e:
            errors[e.field or "name"] = e.message
        else:
            app.flash(request, "Saved the board settings.")
            return redirect(paths.board_path(owner, board.name))
    return app.render(
        request,
        "edit_board.html",
        "Board settings",
        board=board,
        links=board_links(board),
        errors=errors,
        values=values,
    )


def delete_board(app, request, owner, board_name):
    board = _board(app, request, owner, board_name)
    _require_write(app, request, can_manage_board(request.user, board), "delete the board")
    if request.method == "POST":
        app.repo.delete_board(board)
        app.flash(request, "Deleted the board %s." % board.name)
        return redirect("/%s/" % owner)
    return app.render(
        request,
        "confirm.html",
        "Delete board",
        message="Delete the board %s with all its cards?" % board.name,
        cancel=paths.board_path(owner, board_name),
        button="Delete board",
    )


# ----- bags and tags


def new_bag(app, request, owner, board_name):
    board = _board(app, request, owner, board_name)
    _require_write(app, request, can_edit_tags(request.user, board, _access(app, request, board)), "add bags")
    errors = {}
    values = {"name": "", "initial_tags": ""}
    if request.method == "POST":
        values = {"name": request.field("name").strip(), "initial_tags": request.field("initial_tags")}
        try:
            bag = app.repo.create_bag(board, values["name"], values["initial_tags"])
        except ValidationError as e:
            errors[e.field or "name"] = e.message
        else:
            app.flash(request, "Added the bag %s." % bag.name)
            return redirect(paths.board_path(owner, board_name))
    return app.render(
        request, "new_bag.html", "New bag", board=board, links=board_links(board), errors=errors, values=values
    )


def bag_detail(app, request, owner, board_name, bag_name):
    repo = app.repo
    board = _board(app, request, owner, board_name)
    bag = repo.get_bag(board, bag_name)
    access = _access(app, request, board)
    limits = repo.wip_limits(board)
    tags = []
    for tag in repo.tags(bag):
        limit, hard = limits.get(tag.id, (None, False))
        tags.append(
            {
                "tag": tag,
                "limit": limit,
                "hard": hard,
                "base": paths.bag_path(owner, board_name, bag.name) + "tags/%s/" % tag.name,
            }
        )
    return app.render(
        request,
        "bag_detail.html",
        "%s: %s" % (board.name, bag.name),
        board=board,
        bag=bag,
        tags=tags,
        links=board_links(board),
        bag_href=paths.bag_path(owner, board_name, bag.name),
        new_tag_href=paths.new_tag_path(owner, board_name, bag.name),
        may_edit_tags=can_edit_tags(request.user, board, access),
        may_delete=can_delete_bag(request.user, board),
        may_manage=can_manage_board(request.user, board),
    )


def delete_bag(app, request, owner, board_name, bag_name):
    board = _board(app, request, owner, board_name)
    user = app.require_login(request)
    bag = app.repo.get_bag(board, bag_name)
    if not can_delete_bag(user, board):
        return redirect(paths.board_path(owner, board_name))
    if request.method == "POST":
        app.repo.delete_bag(bag)
        app.flash(request, "Deleted the bag %s." % bag.name)
        return redirect(paths.board_path(owner, board_name))
    return app.render(
        request,
        "confirm.html",
        "Delete bag",
        message="Delete the bag %s, its tags and the cards' links to them?" % bag.name,
        cancel=paths.bag_path(owner, board_name, bag.name),
        button="Delete bag",
    )


def rename_bag(app, request, owner, board_name, bag_name):
    board = _board(app, request, owner, board_name)
    bag = app.repo.get_bag(board, bag_name)
    _require_write(app, request, can_manage_board(request.user, board), "rename bags")
    try:
        bag = app.repo.rename_bag(bag, request.field("name").strip())
    except ValidationError as e:
        app.flash(request, e.message)
    else:
        app.flash(request, "Renamed the bag to %s." % bag.name)
    return redirect(paths.bag_path(owner, board_name, bag.name))


def new_tag(app, request, owner, board_name, bag_name):
    board = _board(app, request, owner, board_name)
    bag = app.repo.get_bag(board, bag_name)
    _require_write(app, request, can_edit_tags(request.user, board, _access(app, request, board)), "add tags")
    errors = {}
    values = {"name": ""}
    if request.method == "POST":
        values = {"name": request.field("name").strip()}
        try:
            tag = app.repo.create_tag(bag, values["name"])
        except ValidationError as e:
            errors[e.field or "name"] = e.message
        else:
            app.flash(request, "Added the tag %s." % tag.qualified())
            return redirect(paths.bag_path(owner, board_name, bag.name))
    return app.render(
        request, "new_tag.html", "New tag", board=board, bag=bag, links=board_links(board), errors=errors, values=values
    )


def _tag(app, board, bag_name, tag_name):
    bag = app.repo.get_bag(board, bag_name)
    for tag in app.repo.tags(bag):
        if tag.name == tag_name:
            return bag, tag
    raise NotFound("there is no tag %s:%s" % (bag_name, tag_name))


def edit_tag(app, request, owner, board_name, bag_name, tag_name):
    """POST: rename (owner) and/or set the WIP limit (tag editors)."""
    board = _board(app, request, owner, board_name)
    bag, tag = _tag(app, board, bag_name, tag_name)
    access = _access(app, request, board)
    _require_write(app, request, can_edit_tags(request.user, board, access), "change tags")
    new_name = request.field("name").strip()
    try:
        if new_name and new_name != tag.name:
            require(can_manage_board(request.user, board), "rename tags")
            tag = app.repo.rename_tag(tag, new_name)
        if "wip_limit" in request.form:
            app.repo.set_wip_limit(tag, request.field("wip_limit").strip() or None, request.field("hard") == "on")
    except ValidationError as e:
        app.flash(request, e.message)
    else:
        app.flash(request, "Saved the tag %s." % tag.qualified())
    return redirect(paths.bag_path(owner, board_name, bag.name))


def delete_tag(app, request, owner, board_name, bag_name, tag_name):
    board = _board(app, request, owner, board_name)
    bag, tag = _tag(app, board, bag_name, tag_name)
    _require_write(app, request, can_manage_board(request.user, board), "delete tags")
    app.repo.delete_tag(tag)
    app.flash(request, "Deleted the tag %s." % tag.qualified())
    return redirect(paths.bag_path(owner, board_name, bag.name))


# ----- the grid


def grid_model(app, request, board, spec_text):
    """Everything the grid page (and the JSON grid) shows."""
    repo = app.repo
    user = request.user
    content = repo.load_board(board)
    spec = AxisSpec.parse(spec_text, content.bags)
    access = repo.get_access(board, user)
    all_ordered = toposort(content.cards)
    ordered = all_ordered
    q = request.arg("q")
    query_error = None
    if q.strip():
        try:
            ordered = filter_cards(all_ordered, parse_query(q, content), content)
        except ValidationError as e:
            query_error = e.message
    grid = make_grid(content, spec, ordered)
    limits = repo.wip_limits(board)
    # WIP limits count the whole column, not only the cards a filter shows
    counts = column_counts(grid if ordered is all_ordered else make_grid(content, spec, all_ordered))
    may_edit = can_edit_card(user, board, access)
    owner = board.owner_name
    axis_ids = set([b.id for b in spec.axis_bags()])
    columns = [
        {
            "name": "–",
            "count": len(grid.rows[0][0].cards) if grid.rows else 0,
            "limit": None,
            "status": "ok",
            "tag": None,
        }
    ]
    for tag in grid.x_tags:
        limit, hard = limits.get(tag.id, (None, False))
        columns.append(
            {
                "name": tag.name,
                "count": counts[tag.id],
                "limit": limit,
                "hard": hard,
                "status": status(counts[tag.id], limit),
                "tag": tag,
            }
        )
    rows = []
    for j in range(len(grid.rows)):
        row = grid.rows[j]
        heading = None
        if grid.is_2d():
            heading = "–" if j == 0 else grid.y_tags[j - 1].name
        bins = []
        for i in range(len(row)):
            b = row[i]
            cards = []
            for card in b.cards:
                tags = content.tags_of(card)
                cards.append(
                    {
                        "card": card,
                        "href": paths.click_href(card, owner, board.name, spec, may_edit),
                        "chips": [t.qualified() for t in tags if t.bag_id not in axis_ids],
                        "tag_ids": " ".join([str(t.id) for t in tags]),
                    }
                )
            bins.append(
                {
                    "dom_id": b.dom_id,
                    "tags_field": b.tags_field(),
                    "tag_ids": " ".join([str(t.id) for t in (b.x_tag, b.y_tag) if t is not None]),
                    "cards": cards,
                    "status": columns[i]["status"],
                }
            )
        rows.append({"heading": heading, "bins": bins})
    tabs = []
    for option in grid_options(content.bags, spec.click):
        tabs.append(
            {
                "label": option.label() or "all cards",
                "href": paths.grid_path(owner, board.name, option),
                "active": option == spec,
            }
        )
    modes = []
    for mode in click_modes(user, board, access):
        modes.append(
            {
                "mode": mode,
                "href": paths.grid_path(owner, board.name, spec.with_click(mode)),
                "active": mode == spec.click,
            }
        )
    tag_info = {}
    for tag_id, tag in content.tag_by_id.items():
        tag_info[str(tag_id)] = [tag.bag_id, tag.qualified()]
    x_tag_ids = [t.id for t in grid.x_tags]
    y_tag_ids = [t.id for t in grid.y_tags]
    return {
        "board": board,
        "content": content,
        "spec": spec,
        "spec_text": spec.format(),
        "grid": grid,
        "columns": columns,
        "rows": rows,
        "is_2d": grid.is_2d(),
        "tabs": tabs,
        "modes": modes,
        "q": q,
        "query_error": query_error,
        "card_count": len(content.cards),
        "shown_count": len(ordered),
        "may_rearrange": can_rearrange(user, board, access),
        "may_add": user is not None and can_add_card(user, board, access),
        "may_edit": may_edit,
        "grid_href": paths.grid_path(owner, board.name, spec),
        "new_card_href": paths.grid_path(owner, board.name, spec) + "new",
        "many_cards_href": paths.grid_path(owner, board.name, spec) + "create",
        "arrangement_href": "/boards/%d/grids/%s/arrangement" % (board.id, spec.format()),
        "jarrange_href": "/boards/%d/grids/%s/jarrange" % (board.id, spec.format()),
        "events_href": "/boards/%d/jevents/%d" % (board.id, repo.events.next_seq(board.id)),
        "tag_info": tag_info,
        "axis_bag_ids": sorted(axis_ids),
        "x_tag_ids": x_tag_ids,
        "y_tag_ids": y_tag_ids,
        "next_card_name": str(len(content.cards) + 1),
    }


def grid_page(app, request, owner, board_name, spec):
    board = _board(app, request, owner, board_name)
    model = grid_model(app, request, board, spec)
    model["links"] = board_links(board)
    model["poll"] = app.poll
    model["poll_ms"] = app.poll_interval_ms
    return app.render(request, "grid.html", "%s · %s" % (board.name, model["spec"].label() or "all cards"), **model)


def _card_form_access(app, request, owner, board_name, spec_text, check):
    board = _board(app, request, owner, board_name)
    content_bags = app.repo.bags(board)
    spec = AxisSpec.parse(spec_text, content_bags)
    access = _access(app, request, board)
    _require_write(app, request, check(request.user, board, access), "change cards")
    return board, spec


def new_card(app, request, owner, board_name, spec):
    board, axis = _card_form_access(app, request, owner, board_name, spec, can_add_card)
    grid_href = paths.grid_path(owner, board_name, axis)
    errors = {}
    values = {"name": str(app.repo.card_count(board) + 1), "label": request.arg("label"), "href": request.arg("href")}
    if request.method == "POST":
        values = {
            "name": request.field("name").strip(),
            "label": request.field("label").strip(),
            "href": request.field("href").strip(),
        }
        try:
            card = app.repo.create_card(board, values["label"], values["name"] or None, values["href"])
        except ValidationError as e:
            errors[e.field or "label"] = e.message
        else:
            app.flash(request, "Added the card %s." % card.name)
            return redirect(grid_href)
    return app.render(
        request,
        "card_form.html",
        "New card",
        board=board,
        links=board_links(board),
        errors=errors,
        values=values,
        grid_href=grid_href,
        action=grid_href + "new",
        is_new=True,
    )


def many_cards(app, request, owner, board_name, spec):
    board, axis = _card_form_access(app, request, owner, board_name, spec, can_add_card)
    grid_href = paths.grid_path(owner, board_name, axis)
    errors = {}
    text = ""
    if request.method == "POST":
        text = request.field("labels")
        try:
            cards = app.repo.create_cards(board, text)
        except ValidationError as e:
            errors[e.field or "labels"] = e.message
        else:
            app.flash(request, "Added %d card(s)." % len(cards))
            return redirect(grid_href)
    return app.render(
        request,
        "many_cards.html",
        "Add many cards",
        board=board,
        links=board_links(board),
        errors=errors,
        text=text,
        grid_href=grid_href,
    )


def edit_card(app, request, owner, board_name, spec, card_name):
    board, axis = _card_form_access(app, request, owner, board_name, spec, can_edit_card)
    card = app.repo.get_card(board, card_name)
    grid_href = paths.grid_path(owner, board_name, axis)
    errors = {}
    values = {"name": card.name, "label": card.label, "href": card.href}
    if request.method == "POST":
        values = {
            "name": request.field("name").strip(),
            "label": request.field("label").strip(),
            "href": request.field("href").strip(),
        }
        try:
            card = app.repo.update_card(card, values["name"], values["label"], values["href"])
        except ValidationError as e:
            errors[e.field or "label"] = e.message
        else:
            app.flash(request, "Saved the card %s." % card.name)
            return redirect(grid_href)
    action = grid_href + "%s/edit" % card.name
    return app.render(
        request,
        "card_form.html",
        "Edit card %s" % card.name,
        board=board,
        links=board_links(board),
        errors=errors,
        values=values,
        grid_href=grid_href,
        action=action,
        is_new=False,
        delete_href=grid_href + "%s/delete" % card.name,
    )


def delete_card(app, request, owner, board_name, spec, card_name):
    board, axis = _card_form_access(app, request, owner, board_name, spec, can_edit_card)
    card = app.repo.get_card(board, card_name)
    app.repo.delete_card(card)
    app.flash(request, "Deleted the card %s." % card.name)
    return redirect(paths.grid_path(owner, board_name, axis))


def bookmarklet(request, board):
    """The javascript: link that opens the popup for the current page."""
    origin = "http://" + request.headers.get("host", "localhost")
    target = origin + "/%s/%s/popup-new" % (board.owner_name, board.name)
    return (
        "javascript:(function(){var h=document.querySelector('h1');"
        "window.open('%s?title='+encodeURIComponent(document.title)+'&h1='+encodeURIComponent(h?h.textContent:'')"
        "+'&url='+encodeURIComponent(location.href),'kanbo','width=600,height=200');})()" % target
    )


def popup_new(app, request, owner, board_name):
    """The bookmarklet's popup: a card form with label and href filled in
    from the page it was opened on; then the OK page."""
    board = _board(app, request, owner, board_name)
    _require_write(app, request, can_add_card(request.user, board, _access(app, request, board)), "add cards")
    errors = {}
    label = (request.arg("h1").strip() or request.arg("title").strip())[:200]
    values = {"label": label, "href": request.arg("url")}
    if request.method == "POST":
        values = {"label": request.field("label").strip(), "href": request.field("href").strip()}
        try:
            card = app.repo.create_card(board, values["label"], None, values["href"])
        except ValidationError as e:
            errors[e.field or "label"] = e.message
        else:
            return redirect("/%s/%s/popup-new/%s" % (owner, board_name, card.name))
    return app.render(request, "popup.html", "Add a card to %s" % board.name, board=board, errors=errors, values=values)


def popup_done(app, request, owner, board_name, card_name):
    board = _board(app, request, owner, board_name)
    card = app.repo.get_card(board, card_name)
    grid = paths.canonical_grid_path(owner, board_name, app.repo.bags(board))
    return app.render(request, "popup_ok.html", "Card added", board=board, card=card, grid_href=grid)


def export_board(app, request, owner, board_name, kind):
    """The board as a JSON (exact round trip) or CSV download."""
    from ..storage import transfer

    board = _board(app, request, owner, board_name)
    if kind == "json":
        body, content_type = transfer.export_json(app.repo, board), "application/json"
    elif kind == "csv":
        body, content_type = transfer.export_csv(app.repo, board), "text/csv; charset=utf-8"
    else:
        raise NotFound("there is no export format %r" % kind)
    response = Response(body, 200, content_type)
    response.header("Content-Disposition", 'attachment; filename="%s-%s.%s"' % (owner, board.name, kind))
    return response


def board_root_grid(app, request, owner, board_name):
    board = _board(app, request, owner, board_name)
    return redirect(paths.canonical_grid_path(owner, board_name, app.repo.bags(board)))


def register(app):
    app.route("GET", "/", home)
    app.route("GET", "/about/check-env", check_env)
    app.route("GET", "/<name:owner>/", profile)
    app.route("GET POST", "/<name:owner>/new", new_board)
    app.route("GET POST", "/<name:owner>/<name:board_name>/", board_detail)
    app.route("GET POST", "/<name:owner>/<name:board_name>/users/add", add_user)
    app.route("POST", "/<name:owner>/<name:board_name>/members/<name:username>/remove", remove_member)
    app.route("GET POST", "/<name:owner>/<name:board_name>/edit", edit_board)
    app.route("GET POST", "/<name:owner>/<name:board_name>/delete", delete_board)
    app.route("GET POST", "/<name:owner>/<name:board_name>/bags/new", new_bag)
    app.route("GET", "/<name:owner>/<name:board_name>/bags/<name:bag_name>/", bag_detail)
    app.route("GET POST", "/<name:owner>/<name:board_name>/bags/<name:bag_name>/delete", delete_bag)
    app.route("POST", "/<name:owner>/<name:board_name>/bags/<name:bag_name>/edit", rename_bag)
    app.route("GET POST", "/<name:owner>/<name:board_name>/bags/<name:bag_name>/tags/new", new_tag)
    app.route("POST", "/<name:owner>/<name:board_name>/bags/<name:bag_name>/tags/<name:tag_name>/edit", edit_tag)
    app.route("POST", "/<name:owner>/<name:board_name>/bags/<name:bag_name>/tags/<name:tag_name>/delete", delete_tag)
    app.route("GET", "/<name:owner>/<name:board_name>/grids/", board_root_grid)
    app.route("GET", "/<name:owner>/<name:board_name>/export/<name:kind>", export_board)
    app.route("GET POST", "/<name:owner>/<name:board_name>/popup-new", popup_new)
    app.route("GET", "/<name:owner>/<name:board_name>/popup-new/<name:card_name>", popup_done)
    app.route("GET", "/<name:owner>/<name:board_name>/grids/<spec:spec>/", grid_page)
    app.route("GET POST", "/<name:owner>/<name:board_name>/grids/<spec:spec>/new", new_card)
    app.route("GET POST", "/<name:owner>/<name:board_name>/grids/<spec:spec>/create", many_cards)
    app.route("GET POST", "/<name:owner>/<name:board_name>/grids/<spec:spec>/<name:card_name>/edit", edit_card)
    app.route("POST", "/<name:owner>/<name:board_name>/grids/<spec:spec>/<name:card_name>/delete", delete_card)
