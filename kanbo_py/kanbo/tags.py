"""Tag references and tag replacement on a drop (KANBO.md §2, Move card).

A tag reference is a Tag, an int id, a numeric string or `bag:tag`, always
resolved within one board (a BoardContent): a tag of another board is not
found."""

from .entities import Tag
from .errors import NotFound, ValidationError


def parse_tag(ref, content):
    """The Tag of `content`'s board that `ref` names; NotFound otherwise
    (ValidationError if `ref` is of no kind a reference can be)."""
    if isinstance(ref, Tag):
        tag = content.tag_by_id.get(ref.id)
        if tag is None:
            raise NotFound("tag %r is not on this board" % (ref.qualified(),))
        return tag
    if isinstance(ref, bool):
        raise ValidationError("not a tag reference: %r" % (ref,), "tags")
    if isinstance(ref, int):
        tag = content.tag_by_id.get(ref)
        if tag is None:
            raise NotFound("there is no tag %d on this board" % ref)
        return tag
    if isinstance(ref, str):
        text = ref.strip()
        if text.isdigit() and text.isascii():
            return parse_tag(int(text), content)
        if ":" in text:
            bag_name, tag_name = text.split(":", 1)
            bag = content.bag_by_name.get(bag_name)
            if bag is not None:
                for tag in content.bag_tags(bag):
                    if tag.name == tag_name:
                        return tag
        raise NotFound("there is no tag %r on this board" % (text,))
    raise ValidationError("not a tag reference (a tag id, a numeric string or bag:tag): %r" % (ref,), "tags")


def parse_tag_list(refs, content):
    """The Tags named by `refs`: a comma-separated string (empty: none) or
    a list of references."""
    if isinstance(refs, str):
        refs = [r for r in refs.split(",") if r.strip()]
    return [parse_tag(r, content) for r in refs]


def replaced_tags(current_tag_ids, new_tags, axis_bag_ids, tag_bag_id):
    """The card's tag ids after a drop: its tags from the axis bags go,
    `new_tags` come, and no bag ends up with two tags (a new tag replaces
    the card's other tag of its bag). `tag_bag_id(tag_id)` gives the bag of
    a current tag. Returns (kept_and_added_ids, removed_ids, added_ids)."""
    new_bags = set()
    for tag in new_tags:
        new_bags.add(tag.bag_id)
    drop_bags = set(axis_bag_ids) | new_bags
    result = []
    removed = []
    for tag_id in current_tag_ids:
        if tag_bag_id(tag_id) in drop_bags:
            removed.append(tag_id)
        else:
            result.append(tag_id)
    added = []
    seen_bags = set()
    for tag in new_tags:
        if tag.bag_id in seen_bags:
            continue  # one tag per bag: the first given wins
        seen_bags.add(tag.bag_id)
        added.append(tag.id)
        result.append(tag.id)
    really_removed = [t for t in removed if t not in added]
    really_added = [t for t in added if t not in removed]
    return result, really_removed, really_added
