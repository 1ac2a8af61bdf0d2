"""Export and import of a whole board (KANBO.md §7): JSON that round-trips
exactly (exporting an imported export gives the same document), and CSV
export of the cards in board order.

JSON document:
    {"format": "kanbo-board", "version": 1,
     "board": {"name", "label", "is_public", "is_private"},
     "bags": [{"name", "tags": [{"name", "wip_limit", "wip_hard"}]}],   (tag order)
     "cards": [{"name", "label", "href", "succ", "tags": ["bag:tag"]}], (creation order)
     "members": [{"username", "can_rearrange"}]}
`succ` is the successor card's name (or null), so links and cycles survive.
`is_private` is optional on import (exports made before private boards
lack it): missing means false."""

import csv
import io
import json

from . import dialect
from .repository import now_iso
from .. import validation
from ..errors import ValidationError
from ..ordering import toposort

FORMAT = "kanbo-board"
VERSION = 1


def export_board(repo, board):
    """The JSON-able dict of `board`."""
    content = repo.load_board(board)
    limits = repo.wip_limits(board)
    bags = []
    for bag in content.bags:
        tags = []
        for tag in content.bag_tags(bag):
            limit, hard = limits.get(tag.id, (None, False))
            tags.append({"name": tag.name, "wip_limit": limit, "wip_hard": hard})
        bags.append({"name": bag.name, "tags": tags})
    name_of = {}
    for card in content.cards:
        name_of[card.id] = card.name
    cards = []
    for card in content.cards:
        tag_names = sorted([t.qualified() for t in content.tags_of(card)])
        cards.append(
            {
                "name": card.name,
                "label": card.label,
                "href": card.href,
                "succ": name_of.get(card.succ_id) if card.succ_id else None,
                "tags": tag_names,
            }
        )
    members = [{"username": u.username, "can_rearrange": a.can_rearrange} for u, a in repo.members(board)]
    return {
        "format": FORMAT,
        "version": VERSION,
        "board": {
            "name": board.name,
            "label": board.label,
            "is_public": board.is_public,
            "is_private": board.is_private,
        },
        "bags": bags,
        "cards": cards,
        "members": members,
    }


def export_json(repo, board):
    return json.dumps(export_board(repo, board), indent=2, sort_keys=True)


def _field(data, key, kind, where):
    if not isinstance(data, dict) or key not in data:
        raise ValidationError("%s: %r is missing." % (where, key), "file")
    value = data[key]
    if kind is not None and not isinstance(value, kind):
        raise ValidationError("%s: %r has the wrong type." % (where, key), "file")
    return value


def import_board(repo, owner, data, name=None):
    """A new board of `owner` made from an export dict (or its JSON text),
    named `name` or as exported; one transaction. Members whose username
    does not exist are skipped. Returns (Board, skipped usernames)."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as e:
            raise ValidationError("The file is not JSON: %s" % e, "file")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError("The file is not a Kanbo board export.", "file")
    if data.get("version") != VERSION:
        raise ValidationError("Unsupported export version %r." % (data.get("version"),), "file")
    info = _field(data, "board", dict, "board")
    board_name = name if name is not None else _field(info, "name", str, "board")
    bags = _field(data, "bags", list, "export")
    cards = _field(data, "cards", list, "export")
    members = data.get("members", [])
    card_names = set()
    for card in cards:
        card_name = _field(card, "name", str, "card")
        validation.validate_card_name(card_name)
        if card_name in card_names:
            raise ValidationError("The card %r appears twice." % card_name, "file")
        card_names.add(card_name)
    for card in cards:
        succ = card.get("succ")
        if succ is not None and succ not in card_names:
            raise ValidationError("The card %r links to an unknown card %r." % (card["name"], succ), "file")
    skipped = []
    with repo.transaction():
        board = repo.create_board(
            owner,
            board_name,
            info.get("label", ""),
            bool(info.get("is_public")),
            default_bag=False,
            is_private=bool(info.get("is_private", False)),
        )
        tag_by_name = {}
        for bag_data in bags:
            tags = _field(bag_data, "tags", list, "bag")
            bag = repo.create_bag(board, _field(bag_data, "name", str, "bag"), [_field(t, "name", str, "tag") for t in tags])
            stored = repo.tags(bag)
            for i in range(len(stored)):
                tag_by_name[stored[i].qualified()] = stored[i]
                limit = tags[i].get("wip_limit")
                if limit is not None:
                    repo.set_wip_limit(stored[i], limit, bool(tags[i].get("wip_hard")))
        first = repo.db.one(dialect.CARD_MAX_ID)[0] + 1
        now = now_iso()
        id_of = {}
        rows = []
        for i in range(len(cards)):
            card = cards[i]
            id_of[card["name"]] = first + i
            label = validation.validate_card_label(_field(card, "label", str, "card"))
            href = validation.validate_href(card.get("href", ""))
            rows.append((first + i, board.id, card["name"], label, href, None, now, now))
        repo.db.executemany(dialect.CARD_INSERT_WITH_ID, rows)
        links = []
        tag_rows = []
        for card in cards:
            if card.get("succ") is not None:
                links.append((id_of[card["succ"]], id_of[card["name"]]))
            seen_bags = set()
            for ref in card.get("tags", []):
                tag = tag_by_name.get(ref)
                if tag is None:
                    raise ValidationError("The card %r has an unknown tag %r." % (card["name"], ref), "file")
                if tag.bag_id in seen_bags:
                    raise ValidationError("The card %r has two tags in one bag." % card["name"], "file")
                seen_bags.add(tag.bag_id)
                tag_rows.append((id_of[card["name"]], tag.bag_id, tag.id))
        repo.db.executemany(dialect.CARD_SET_SUCC, links)
        repo.db.executemany(dialect.CARD_TAG_SET, tag_rows)
        for member in members:
            user = repo.find_user(_field(member, "username", str, "member"))
            if user is None or user.id == owner.id:
                skipped.append(member["username"])
                continue
            repo.set_access(board, user, bool(member.get("can_rearrange", True)))
    return board, skipped


def export_csv(repo, board):
    """CSV text: name, label, href and one column per bag (the card's tag
    in it), one row per card in board order."""
    content = repo.load_board(board)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "label", "href"] + [b.name for b in content.bags])
    for card in toposort(content.cards):
        row = [card.name, card.label, card.href]
        for bag in content.bags:
            tag = content.card_tag_in_bag(card, bag)
            row.append(tag.name if tag is not None else "")
        writer.writerow(row)
    return out.getvalue()
