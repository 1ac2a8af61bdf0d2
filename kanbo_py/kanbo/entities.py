"""The entities of KANBO.md §1.1 as plain objects (no I/O), and
BoardContent, everything a board page needs, loaded at once.

Entities compare and hash by class and id once stored; unsaved ones (id
None) only equal themselves."""


class Entity:
    __slots__ = ("id",)

    def _key(self):
        if self.id is None:
            return (type(self).__name__, "unsaved", id(self))
        return (type(self).__name__, self.id)

    def __eq__(self, other):
        if not isinstance(other, Entity):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        if not isinstance(other, Entity):
            return NotImplemented
        return self._key() != other._key()

    def __hash__(self):
        return hash(self._key())


class User(Entity):
    __slots__ = ("username", "full_name", "date_joined")

    def __init__(self, id, username, full_name="", date_joined=None):
        self.id = id
        self.username = username
        self.full_name = full_name
        self.date_joined = date_joined

    def label(self):
        """`user (Full Name)` as autocomplete shows it."""
        if self.full_name:
            return "%s (%s)" % (self.username, self.full_name)
        return self.username

    def __repr__(self):
        return "User(%r, %r)" % (self.id, self.username)


class Profile(Entity):
    __slots__ = ("user_id", "nick", "image_url")

    def __init__(self, id, user_id, nick="", image_url=""):
        self.id = id
        self.user_id = user_id
        self.nick = nick
        self.image_url = image_url


class Board(Entity):
    __slots__ = ("owner_id", "owner_name", "name", "label", "is_public", "created", "modified", "is_private")

    def __init__(
        self,
        id,
        owner_id,
        name,
        label="",
        is_public=False,
        created=None,
        modified=None,
        owner_name=None,
        is_private=False,
    ):
        self.id = id
        self.owner_id = owner_id
        self.owner_name = owner_name
        self.name = name
        self.label = label
        self.is_public = is_public
        self.is_private = is_private
        self.created = created
        self.modified = modified

    def __repr__(self):
        return "Board(%r, %r)" % (self.id, self.name)


class Access(Entity):
    __slots__ = ("user_id", "board_id", "can_rearrange", "joined")

    def __init__(self, id, user_id, board_id, can_rearrange=True, joined=None):
        self.id = id
        self.user_id = user_id
        self.board_id = board_id
        self.can_rearrange = can_rearrange
        self.joined = joined


class Bag(Entity):
    __slots__ = ("board_id", "name")

    def __init__(self, id, board_id, name):
        self.id = id
        self.board_id = board_id
        self.name = name

    def __repr__(self):
        return "Bag(%r, %r)" % (self.id, self.name)


class Tag(Entity):
    __slots__ = ("bag_id", "name", "succ_id", "bag_name")

    def __init__(self, id, bag_id, name, succ_id=None, bag_name=None):
        self.id = id
        self.bag_id = bag_id
        self.name = name
        self.succ_id = succ_id
        self.bag_name = bag_name

    def qualified(self):
        """`bag:tag`."""
        return "%s:%s" % (self.bag_name, self.name)

    def __repr__(self):
        return "Tag(%r, %r)" % (self.id, self.qualified())


class Card(Entity):
    __slots__ = ("board_id", "name", "label", "href", "succ_id", "created", "modified")

    def __init__(self, id, board_id, name, label, href="", succ_id=None, created=None, modified=None):
        self.id = id
        self.board_id = board_id
        self.name = name
        self.label = label
        self.href = href
        self.succ_id = succ_id
        self.created = created
        self.modified = modified

    def __repr__(self):
        return "Card(%r, %r)" % (self.id, self.name)


class BoardContent:
    """A board with its bags (by id), each bag's tags (in tag order), its
    cards (in creation order) and each card's tag ids. Built by the
    storage layer in a constant number of queries, or by hand in tests."""

    def __init__(self, board, bags, tags, cards, card_tags):
        self.board = board
        self.bags = list(bags)
        self.cards = list(cards)
        self.card_tags = card_tags
        self.bag_by_id = {}
        self.bag_by_name = {}
        for bag in self.bags:
            self.bag_by_id[bag.id] = bag
            self.bag_by_name[bag.name] = bag
        self.tags_by_bag = {}
        for bag in self.bags:
            self.tags_by_bag[bag.id] = []
        self.tag_by_id = {}
        for tag in tags:
            if tag.bag_name is None and tag.bag_id in self.bag_by_id:
                tag.bag_name = self.bag_by_id[tag.bag_id].name
            self.tags_by_bag.setdefault(tag.bag_id, []).append(tag)
            self.tag_by_id[tag.id] = tag
        self.card_by_id = {}
        for card in self.cards:
            self.card_by_id[card.id] = card

    def bag_tags(self, bag):
        """The tags of `bag`, in the order they were given (tag order)."""
        return self.tags_by_bag.get(bag.id, [])

    def tags_of(self, card):
        """The Tag objects of `card`."""
        return [self.tag_by_id[t] for t in self.card_tags.get(card.id, ()) if t in self.tag_by_id]

    def card_tag_in_bag(self, card, bag):
        """The card's tag in `bag`, or None."""
        for tag_id in self.card_tags.get(card.id, ()):
            tag = self.tag_by_id.get(tag_id)
            if tag is not None and tag.bag_id == bag.id:
                return tag
        return None
