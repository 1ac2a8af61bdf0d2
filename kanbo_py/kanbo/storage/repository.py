"""Repository: the storage API of Kanbo. Every public write is one
transaction; names are validated with the rules of `kanbo.validation`, and
unique-name clashes become DuplicateError with a friendly message.

Loading a board for a page (`load_board`) takes four queries whatever the
number of cards: bags, tags, cards, card-tag links."""

import datetime
import secrets

from . import dialect
from .database import Database
from .events import EventStore
from .passwords import hash_password, verify_password
from .. import validation
from ..entities import Access, Bag, Board, BoardContent, Card, Profile, Tag, User
from ..errors import DuplicateError, NotFound, ValidationError, WipLimitExceeded
from ..ordering import rearrange, toposort, toposort_ids
from ..tags import parse_tag, replaced_tags
from ..wip import validate_wip_limit

DEFAULT_BAG = "state"
DEFAULT_TAGS = ("todo", "doing", "done")


def now_iso():
    """The current UTC time as ISO 8601 text, to the second."""
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def open_repository(path, durable=True, **event_options):
    """A Repository on the database file `path`, created and migrated as
    needed (`durable` False: no fsync, for throwaway databases)."""
    return Repository(Database(path, durable), **event_options)


def _user(row):
    return User(row[0], row[1], row[2], row[3])


def _board(row):
    return Board(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7], bool(row[8]))


def _access(row):
    return Access(row[0], row[1], row[2], bool(row[3]), row[4])


def _bag(row):
    return Bag(row[0], row[1], row[2])


def _tag(row):
    return Tag(row[0], row[1], row[2], row[3], row[4])


def _card(row):
    return Card(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])


def card_json(card, tag_ids):
    """The JSON form of a card in events and the API."""
    return {"id": card.id, "name": card.name, "label": card.label, "href": card.href, "tags": list(tag_ids)}


class Repository:
    def __init__(self, db, **event_options):
        self.db = db
        self.events = EventStore(db, **event_options)

    def close(self):
        self.db.close()

    def transaction(self):
        return self.db.transaction()

    def _unique(self, sql, params, message, field):
        """Runs an INSERT/UPDATE, turning a unique violation into
        DuplicateError(message)."""
        try:
            return self.db.insert(sql, params)
        except dialect.IntegrityError as e:
            if dialect.is_unique_violation(e):
                raise DuplicateError(message, field)
            raise

    # ----- users and accounts

    def create_user(self, username, full_name="", password=None, password_iterations=None):
        validation.validate_username(username)
        validation.validate_full_name(full_name)
        if password is not None:
            validation.validate_password(password)
        with self.db.transaction():
            user_id = self._unique(
                dialect.USER_INSERT,
                (username, full_name, now_iso()),
                "The username %r is already taken." % username,
                "username",
            )
            if password is not None:
                self._store_password(user_id, password, password_iterations)
        return self.get_user(user_id)

    def create_user_from_display_name(self, display_name, full_name=None):
        """A user named after a social-login name (KANBO.md §1.1)."""

        def taken(name):
            return self.db.one(dialect.USER_EXISTS, (name,)) is not None

        def random_hex(n):
            return secrets.token_hex(n // 2)

        username = validation.derive_username(display_name, taken, random_hex)
        return self.create_user(username, display_name if full_name is None else full_name)

    def _store_password(self, user_id, password, iterations):
        if iterations is None:
            encoded = hash_password(password)
        else:
            encoded = hash_password(password, iterations)
        self.db.execute(dialect.ACCOUNT_UPSERT, (user_id, encoded))

    def set_password(self, user, password, iterations=None):
        validation.validate_password(password)
        with self.db.transaction():
            self._store_password(user.id, password, iterations)

    def authenticate(self, username, password):
        """The User whose username and password these are, or None."""
        row = self.db.one(dialect.USER_BY_NAME, (username,))
        if row is None:
            return None
        account = self.db.one(dialect.ACCOUNT_GET, (row[0],))
        if account is None or not verify_password(password, account[0]):
            return None
        return _user(row)

    def get_user(self, user_id):
        row = self.db.one(dialect.USER_BY_ID, (user_id,))
        if row is None:
            raise NotFound("there is no user %r" % (user_id,))
        return _user(row)

    def get_user_by_name(self, username):
        row = self.db.one(dialect.USER_BY_NAME, (username,))
        if row is None:
            raise NotFound("there is no user %r" % (username,))
        return _user(row)

    def find_user(self, username):
        """The User called `username`, or None."""
        row = self.db.one(dialect.USER_BY_NAME, (username,))
        return None if row is None else _user(row)

    def users_with_prefix(self, term, exclude=None, limit=20):
        """Users whose username starts with `term` (case-sensitive),
        excluding `exclude`, sorted; an empty term gives []."""
        if not term:
            return []
        exclude_id = exclude.id if exclude is not None else -1
        rows = self.db.all(dialect.USER_PREFIX, (len(term), term, exclude_id, limit))
        return [_user(r) for r in rows]

    def set_profile(self, user, nick="", image_url=""):
        with self.db.transaction():
            self.db.execute(dialect.PROFILE_UPSERT, (user.id, nick, image_url))

    def get_profile(self, user):
        row = self.db.one(dialect.PROFILE_GET, (user.id,))
        if row is None:
            return Profile(None, user.id)
        return Profile(row[0], row[1], row[2], row[3])

    # ----- boards

    def create_board(self, owner, name, label="", is_public=False, default_bag=True, is_private=False):
        """A new board with the bag `state` (todo, doing, done) unless
        `default_bag` is false. A private board cannot also be public."""
        validation.validate_board_name(name)
        label = validation.validate_board_label(label)
        validation.validate_visibility(is_public, is_private)
        now = now_iso()
        with self.db.transaction():
            board_id = self._unique(
                dialect.BOARD_INSERT,
                (owner.id, name, label, 1 if is_public else 0, 1 if is_private else 0, now, now),
                "You already have a board called %r." % name,
                "name",
            )
            board = self.get_board_by_id(board_id)
            if default_bag:
                self.create_bag(board, DEFAULT_BAG, DEFAULT_TAGS)
        return board

    def get_board_by_id(self, board_id):
        row = self.db.one(dialect.BOARD_BY_ID, (board_id,))
        if row is None:
            raise NotFound("there is no board %r" % (board_id,))
        return _board(row)

    def get_board(self, owner_name, name):
        row = self.db.one(dialect.BOARD_BY_NAME, (owner_name, name))
        if row is None:
            raise NotFound("there is no board %s/%s" % (owner_name, name))
        return _board(row)

    def boards_of(self, owner):
        return [_board(r) for r in self.db.all(dialect.BOARDS_OF_OWNER, (owner.id,))]

    def update_board(self, board, name=None, label=None, is_public=None, is_private=None):
        """Renames or relabels a board, or changes its visibility (None:
        unchanged). A private board cannot also be public."""
        name = board.name if name is None else validation.validate_board_name(name)
        label = board.label if label is None else validation.validate_board_label(label)
        is_public = board.is_public if is_public is None else bool(is_public)
        is_private = board.is_private if is_private is None else bool(is_private)
        validation.validate_visibility(is_public, is_private)
        with self.db.transaction():
            try:
                self.db.execute(
                    dialect.BOARD_UPDATE,
                    (name, label, 1 if is_public else 0, 1 if is_private else 0, now_iso(), board.id),
                )
            except dialect.IntegrityError as e:
                if dialect.is_unique_violation(e):
                    raise DuplicateError("You already have a board called %r." % name, "name")
                raise
        return self.get_board_by_id(board.id)

    def delete_board(self, board):
        """Deletes the board with its bags, tags, cards, members, events."""
        with self.db.transaction():
            self.db.execute(dialect.BOARD_DELETE, (board.id,))

    def _touch(self, board_id):
        self.db.execute(dialect.BOARD_TOUCH, (now_iso(), board_id))

    # ----- access

    def get_access(self, board, user):
        """The user's Access on the board, or None (also for anonymous)."""
        if user is None:
            return None
        row = self.db.one(dialect.ACCESS_GET, (user.id, board.id))
        return None if row is None else _access(row)

    def set_access(self, board, user, can_rearrange=True):
        """Adds `user` to the board, or updates the flag of a member.
        Returns (Access, created)."""
        if user.id == board.owner_id:
            raise ValidationError("%s owns this board already." % user.username, "username")
        with self.db.transaction():
            current = self.get_access(board, user)
            if current is None:
                access_id = self.db.insert(
                    dialect.ACCESS_INSERT, (user.id, board.id, 1 if can_rearrange else 0, now_iso())
                )
                created = True
            else:
                access_id = current.id
                self.db.execute(dialect.ACCESS_UPDATE, (1 if can_rearrange else 0, access_id))
                created = False
        return self.get_access(board, user), created

    def add_member(self, board, username, can_rearrange=True):
        """The add-user form: (Access, message). An unknown username is a
        field error; an existing member gets the flag updated."""
        user = self.find_user(username.strip()) if username else None
        if user is None:
            raise ValidationError("There is no user called %r." % (username,), "username")
        access, created = self.set_access(board, user, can_rearrange)
        if created:
            return access, "%s was added to the board." % user.username
        return access, "%s was already a member." % user.username

    def remove_member(self, board, user):
        with self.db.transaction():
            if self.db.execute(dialect.ACCESS_DELETE, (user.id, board.id)).rowcount == 0:
                raise NotFound("%s is not a member of this board" % user.username)

    def members(self, board):
        """[(User, Access)] sorted by username."""
        result = []
        for r in self.db.all(dialect.MEMBERS, (board.id,)):
            result.append((User(r[0], r[1], r[2], r[3]), Access(r[4], r[0], board.id, bool(r[5]), r[6])))
        return result

    # ----- bags

    def create_bag(self, board, name, initial_tags=()):
        """A new bag, with tags named `initial_tags` in that order (a list,
        or the text of the bag form)."""
        validation.validate_bag_name(name)
        if isinstance(initial_tags, str):
            initial_tags = validation.parse_initial_tags(initial_tags)
        else:
            initial_tags = list(initial_tags)
            for tag_name in initial_tags:
                validation.validate_tag_name(tag_name, "initial_tags")
            if len(set(initial_tags)) != len(initial_tags):
                raise ValidationError("A tag is listed twice.", "initial_tags")
        with self.db.transaction():
            bag_id = self._unique(
                dialect.BAG_INSERT, (board.id, name), "This board already has a bag called %r." % name, "name"
            )
            bag = Bag(bag_id, board.id, name)
            for tag_name in initial_tags:
                self.create_tag(bag, tag_name)
            self._touch(board.id)
        return bag

    def bags(self, board):
        return [_bag(r) for r in self.db.all(dialect.BAGS_OF_BOARD, (board.id,))]

    def get_bag(self, board, name):
        row = self.db.one(dialect.BAG_BY_NAME, (board.id, name))
        if row is None:
            raise NotFound("there is no bag %r on this board" % (name,))
        return _bag(row)

    def get_bag_by_id(self, bag_id):
        row = self.db.one(dialect.BAG_BY_ID, (bag_id,))
        if row is None:
            raise NotFound("there is no bag %r" % (bag_id,))
        return _bag(row)

    def tag_counts(self, board):
        """{bag id: number of tags}."""
        counts = {}
        for bag_id, count in self.db.all(dialect.BAG_TAG_COUNTS, (board.id,)):
            counts[bag_id] = count
        return counts

    def rename_bag(self, bag, name):
        validation.validate_bag_name(name)
        with self.db.transaction():
            try:
                self.db.execute(dialect.BAG_RENAME, (name, bag.id))
            except dialect.IntegrityError as e:
                if dialect.is_unique_violation(e):
                    raise DuplicateError("This board already has a bag called %r." % name, "name")
                raise
        return self.get_bag_by_id(bag.id)

    def delete_bag(self, bag):
        """Deletes the bag, its tags and the cards' links to them."""
        with self.db.transaction():
            self.db.execute(dialect.BAG_DELETE, (bag.id,))
            self._touch(bag.board_id)

    # ----- tags

    def create_tag(self, bag, name):
        """A new tag, last in the bag's order."""
        validation.validate_tag_name(name)
        with self.db.transaction():
            tag_id = self._unique(
                dialect.TAG_INSERT, (bag.id, name), "The bag %r already has a tag %r." % (bag.name, name), "name"
            )
            tail = self._tag_tail(bag, tag_id)
            if tail is not None:
                self.db.execute(dialect.TAG_SET_SUCC, (tag_id, tail))
        return self.get_tag(tag_id)

    def _tag_tail(self, bag, exclude_id):
        """The last tag of the bag's order, other than `exclude_id`."""
        rows = self.db.all(dialect.TAG_SUCCS_OF_BAG, (bag.id,))
        ids = [r[0] for r in rows if r[0] != exclude_id]
        if not ids:
            return None
        succ = {}
        for r in rows:
            succ[r[0]] = r[1]
        return toposort_ids(ids, succ)[-1]

    def get_tag(self, tag_id):
        row = self.db.one(dialect.TAG_BY_ID, (tag_id,))
        if row is None:
            raise NotFound("there is no tag %r" % (tag_id,))
        return _tag(row)

    def tags(self, bag):
        """The bag's tags in tag order."""
        return toposort([_tag(r) for r in self.db.all(dialect.TAGS_OF_BAG, (bag.id,))])

    def rename_tag(self, tag, name):
        validation.validate_tag_name(name)
        with self.db.transaction():
            try:
                self.db.execute(dialect.TAG_RENAME, (name, tag.id))
            except dialect.IntegrityError as e:
                if dialect.is_unique_violation(e):
                    raise DuplicateError("The bag %r already has a tag %r." % (tag.bag_name, name), "name")
                raise
        return self.get_tag(tag.id)

    def delete_tag(self, tag):
        """Deletes the tag and the cards' links to it; its predecessors
        point at its successor, so the order of the others is kept."""
        with self.db.transaction():
            succ = tag.succ_id if tag.succ_id != tag.id else None
            self.db.execute(dialect.TAG_REPOINT, (succ, tag.id))
            self.db.execute(dialect.TAG_DELETE, (tag.id,))

    def set_wip_limit(self, tag, limit, hard=False):
        """Sets (or, with None, removes) the tag's WIP limit."""
        limit = validate_wip_limit(limit)
        with self.db.transaction():
            self.db.execute(dialect.TAG_SET_WIP, (limit, 1 if (hard and limit is not None) else 0, tag.id))

    def wip_limits(self, board):
        """{tag id: (limit, hard)} for the board's tags with a limit."""
        result = {}
        for tag_id, limit, hard in self.db.all(dialect.WIP_OF_BOARD, (board.id,)):
            result[tag_id] = (limit, bool(hard))
        return result

    def _check_hard_limits(self, tag_ids):
        for tag_id in tag_ids:
            row = self.db.one(dialect.WIP_OF_TAG, (tag_id,))
            if row is not None and row[0] is not None and row[1]:
                count = self.db.one(dialect.CARD_TAG_COUNT_OF_TAG, (tag_id,))[0]
                if count > row[0]:
                    raise WipLimitExceeded(self.get_tag(tag_id).qualified(), row[0])

    def rearrange_tags(self, bag, ids):
        """Applies `rearrange` to the bag's tags; returns the changes."""
        with self.db.transaction():
            succ = {}
            for tag_id, succ_id in self.db.all(dialect.TAG_SUCCS_OF_BAG, (bag.id,)):
                succ[tag_id] = succ_id
            try:
                changes = rearrange(succ, ids)
            except KeyError as e:
                raise NotFound("there is no tag %r in bag %r" % (e.args[0], bag.name))
            except ValueError as e:
                raise ValidationError(str(e), "order")
            self.db.executemany(dialect.TAG_SET_SUCC, [(s, t) for t, s in changes.items()])
            self.events.append(
                bag.board_id, {"type": "tags-arranged", "board": bag.board_id, "bag": bag.id, "order": list(ids)}
            )
        return changes

    # ----- cards

    def create_card(self, board, label, name=None, href="", tags=()):
        """A new card (untagged and unlinked unless `tags` are given); its
        name defaults to the card count + 1 (or the next free number)."""
        label = validation.validate_card_label(label)
        href = validation.validate_href(href)
        if name is not None and name != "":
            validation.validate_card_name(name)
        now = now_iso()
        with self.db.transaction():
            if name is None or name == "":
                name = self._free_names(board, 1)[0]
            card_id = self._unique(
                dialect.CARD_INSERT,
                (board.id, name, label, href, None, now, now),
                "This board already has a card called %r." % name,
                "name",
            )
            for tag in tags:
                self._check_tag_on_board(tag, board.id)
                self._set_card_tag(card_id, tag)
            self._touch(board.id)
            card = self.get_card_by_id(card_id)
            self.events.append(
                board.id, {"type": "card-created", "board": board.id, "card": card_json(card, [t.id for t in tags])}
            )
        return card

    def create_cards(self, board, text):
        """One card per non-blank line of `text`, named with the next free
        numbers; returns the new Cards. Blank lines are skipped."""
        labels = [validation.validate_card_label(line) for line in text.splitlines() if line.strip()]
        if not labels:
            raise ValidationError("Write at least one card label, one per line.", "labels")
        now = now_iso()
        with self.db.transaction():
            names = self._free_names(board, len(labels))
            first = self.db.one(dialect.CARD_MAX_ID)[0] + 1
            rows = []
            for i in range(len(labels)):
                rows.append((first + i, board.id, names[i], labels[i], "", None, now, now))
            self.db.executemany(dialect.CARD_INSERT_WITH_ID, rows)
            self._touch(board.id)
            cards = [Card(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]
            self.events.append(
                board.id, {"type": "cards-created", "board": board.id, "cards": [card_json(c, []) for c in cards]}
            )
        return cards

    def _free_names(self, board, n):
        """n card names: count + 1, count + 2, ..., skipping used ones."""
        used = set([r[0] for r in self.db.all(dialect.CARD_NAMES_OF_BOARD, (board.id,))])
        number = len(used)
        names = []
        while len(names) < n:
            number += 1
            if str(number) not in used:
                names.append(str(number))
        return names

    def get_card_by_id(self, card_id):
        row = self.db.one(dialect.CARD_BY_ID, (card_id,))
        if row is None:
            raise NotFound("there is no card %r" % (card_id,))
        return _card(row)

    def get_card(self, board, name):
        row = self.db.one(dialect.CARD_BY_NAME, (board.id, name))
        if row is None:
            raise NotFound("there is no card %r on this board" % (name,))
        return _card(row)

    def card_count(self, board):
        return self.db.one(dialect.CARD_COUNT, (board.id,))[0]

    def card_tag_ids(self, card):
        return [r[0] for r in self.db.all(dialect.CARD_TAGS_OF_CARD, (card.id,))]

    def update_card(self, card, name=None, label=None, href=None):
        name = card.name if name is None else validation.validate_card_name(name)
        label = card.label if label is None else validation.validate_card_label(label)
        href = card.href if href is None else validation.validate_href(href)
        with self.db.transaction():
            try:
                self.db.execute(dialect.CARD_UPDATE, (name, label, href, now_iso(), card.id))
            except dialect.IntegrityError as e:
                if dialect.is_unique_violation(e):
                    raise DuplicateError("This board already has a card called %r." % name, "name")
                raise
            self._touch(card.board_id)
            updated = self.get_card_by_id(card.id)
            self.events.append(
                card.board_id,
                {"type": "card-edited", "board": card.board_id, "card": card_json(updated, self.card_tag_ids(updated))},
            )
        return updated

    def delete_card(self, card):
        """Deletes the card; its predecessors point at its successor."""
        with self.db.transaction():
            succ = card.succ_id if card.succ_id != card.id else None
            self.db.execute(dialect.CARD_REPOINT, (succ, card.id))
            self.db.execute(dialect.CARD_DELETE, (card.id,))
            self._touch(card.board_id)
            self.events.append(card.board_id, {"type": "card-deleted", "board": card.board_id, "card": card.id})

    def _set_card_tag(self, card_id, tag):
        """Links the card to `tag`, replacing its tag of the same bag."""
        self.db.execute(dialect.CARD_TAG_SET, (card_id, tag.bag_id, tag.id))

    def add_card_tag(self, card, tag):
        with self.db.transaction():
            self._check_tag_on_board(tag, card.board_id)
            self._set_card_tag(card.id, tag)

    def remove_card_tag(self, card, tag):
        with self.db.transaction():
            self.db.execute(dialect.CARD_TAG_REMOVE, (card.id, tag.id))

    def _check_tag_on_board(self, tag, board_id):
        bag = self.get_bag_by_id(tag.bag_id)
        if bag.board_id != board_id:
            raise NotFound("tag %r is not on this board" % (tag.qualified(),))

    def replace_card_tags(self, content, card, refs, axis_bags):
        """The drop's tag change: the card's tags from `axis_bags` go and
        the tags named by `refs` (resolved in this board) come. Returns the
        Tags added."""
        new_tags = [parse_tag(r, content) for r in refs]
        if card.id not in content.card_by_id:
            raise NotFound("card %r is not on this board" % (card.name,))
        current = list(content.card_tags.get(card.id, ()))

        def bag_of(tag_id):
            return content.tag_by_id[tag_id].bag_id

        result, removed, added = replaced_tags(current, new_tags, [b.id for b in axis_bags], bag_of)
        with self.db.transaction():
            for tag_id in removed:
                self.db.execute(dialect.CARD_TAG_REMOVE, (card.id, tag_id))
            for tag_id in added:
                self._set_card_tag(card.id, content.tag_by_id[tag_id])
            self._check_hard_limits(added)
        content.card_tags[card.id] = result
        return new_tags

    def rearrange_cards(self, board, ids):
        """Applies `rearrange` to the board's cards; returns the changes
        (card id -> new successor id)."""
        with self.db.transaction():
            succ = {}
            for card_id, succ_id in self.db.all(dialect.CARD_SUCCS_OF_BOARD, (board.id,)):
                succ[card_id] = succ_id
            try:
                changes = rearrange(succ, ids)
            except KeyError as e:
                raise NotFound("there is no card %r on this board" % (e.args[0],))
            except ValueError as e:
                raise ValidationError(str(e), "order")
            self.db.executemany(dialect.CARD_SET_SUCC, [(s, c) for c, s in changes.items()])
        return changes

    def move_card(self, content, order, dropped=None, refs=(), spec=None):
        """One drag-and-drop, in one transaction: if `dropped` (a card id)
        is given, replace its axis tags by `refs`; then rearrange `order`
        and append a `rearrange` event. Returns the event."""
        board = content.board
        event = {"type": "rearrange", "board": board.id, "order": list(order)}
        with self.db.transaction():
            if dropped is not None:
                card = content.card_by_id.get(dropped)
                if card is None:
                    raise NotFound("there is no card %r on this board" % (dropped,))
                axis_bags = spec.axis_bags() if spec is not None else []
                new_tags = self.replace_card_tags(content, card, refs, axis_bags)
                event["xaxis"] = [b.id for b in spec.xaxis] if spec is not None else []
                event["yaxis"] = [b.id for b in spec.yaxis] if spec is not None else []
                event["dropped"] = dropped
                event["tags"] = [t.id for t in new_tags]
            self.rearrange_cards(board, order)
            self._touch(board.id)
            self.events.append(board.id, event)
        return event

    # ----- loading a whole board

    def load_board(self, board):
        """The BoardContent of `board`, in four queries."""
        bags = [_bag(r) for r in self.db.all(dialect.BAGS_OF_BOARD, (board.id,))]
        all_tags = [_tag(r) for r in self.db.all(dialect.TAGS_OF_BOARD, (board.id,))]
        by_bag = {}
        for tag in all_tags:
            by_bag.setdefault(tag.bag_id, []).append(tag)
        ordered_tags = []
        for bag in bags:
            ordered_tags.extend(toposort(by_bag.get(bag.id, [])))
        cards = [_card(r) for r in self.db.all(dialect.CARDS_OF_BOARD, (board.id,))]
        card_tags = {}
        for card_id, tag_id in self.db.all(dialect.CARD_TAGS_OF_BOARD, (board.id,)):
            group = card_tags.get(card_id)
            if group is None:
                card_tags[card_id] = [tag_id]
            else:
                group.append(tag_id)
        return BoardContent(board, bags, ordered_tags, cards, card_tags)
