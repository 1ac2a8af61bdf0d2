"""Search and filter (KANBO.md §7): the `?q=` query of a grid page.

A query is words separated by whitespace. `bag:tag` keeps the cards
carrying that tag (several in one bag: any of them; different bags: all),
`bag:-` the cards with no tag in that bag; any other word must occur, case
folded, in the card's label or name. An unknown bag or tag is a
ValidationError naming it (the page shows it next to the search box)."""

from .errors import ValidationError


class Query:
    """A parsed query: `words` (lowercased) and `tag_groups`, a dict bag
    id -> set of tag ids (an empty set: "no tag in that bag")."""

    __slots__ = ("text", "words", "tag_groups")

    def __init__(self, text, words, tag_groups):
        self.text = text
        self.words = words
        self.tag_groups = tag_groups

    def is_empty(self):
        return not self.words and not self.tag_groups

    def matches(self, card, tag_ids, tag_bag):
        """Whether `card` (with tag ids `tag_ids`; `tag_bag` maps a tag id to
        its bag id) passes the query."""
        if self.words:
            haystack = (card.label + " " + card.name).lower()
            for word in self.words:
                if word not in haystack:
                    return False
        for bag_id, wanted in self.tag_groups.items():
            have = None
            for tag_id in tag_ids:
                if tag_bag.get(tag_id) == bag_id:
                    have = tag_id
                    break
            if wanted:
                if have not in wanted:
                    return False
            elif have is not None:
                return False
        return True


def parse_query(text, content):
    """The Query written `text` on the board `content` (a BoardContent)."""
    words = []
    groups = {}
    for word in (text or "").split():
        if ":" in word:
            bag_name, tag_name = word.split(":", 1)
            bag = content.bag_by_name.get(bag_name)
            if bag is None:
                raise ValidationError("There is no bag %r on this board." % (bag_name,), "q")
            group = groups.setdefault(bag.id, set())
            if tag_name == "-":
                continue
            for tag in content.bag_tags(bag):
                if tag.name == tag_name:
                    group.add(tag.id)
                    break
            else:
                raise ValidationError("The bag %r has no tag %r." % (bag_name, tag_name), "q")
        else:
            words.append(word.lower())
    return Query(text or "", words, groups)


def filter_cards(cards, query, content):
    """The cards of `cards` (kept in their order) that pass `query`."""
    if query.is_empty():
        return list(cards)
    tag_bag = {}
    for tag_id, tag in content.tag_by_id.items():
        tag_bag[tag_id] = tag.bag_id
    no_tags = ()
    card_tags = content.card_tags
    return [c for c in cards if query.matches(c, card_tags.get(c.id, no_tags), tag_bag)]
