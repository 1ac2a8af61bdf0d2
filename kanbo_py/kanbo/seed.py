"""Reproducible demo boards: `demo_plan` decides every card's label,
successor and tags from a seed (pure); `demo_content` turns a plan into a
BoardContent in memory (for benchmarks), and `seed_board` writes one to
the database in a single transaction with bulk inserts.

The plan links the cards in a shuffled order, leaves about 5% of the
links out (several chains) and points about 1% backwards (cycles), so
toposort has to repair cycles."""

import random

from .entities import Bag, Board, BoardContent, Card, Tag

STATE_TAGS = ("todo", "doing", "done")
KIND_BAG = "kind"
KIND_TAGS = ("story", "task", "bug", "spike")
WORDS = (
    "add", "fix", "login", "page", "grid", "export", "import", "card", "board", "search",
    "filter", "email", "report", "chart", "user", "team", "speed", "cache", "mobile", "layout",
)


class Plan:
    """cards: list of (name, label, succ index or None, state tag index or
    None, kind tag index or None), indexes into the lists of the plan."""

    def __init__(self, cards):
        self.cards = cards


def demo_plan(n, seed=1):
    rng = random.Random(seed)
    perm = list(range(n))
    rng.shuffle(perm)
    succ = [None] * n
    for k in range(n - 1):
        r = rng.random()
        if r < 0.05:
            continue
        if r < 0.06 and k >= 10:
            succ[perm[k]] = perm[k - rng.randrange(1, 10)]
        else:
            succ[perm[k]] = perm[k + 1]
    cards = []
    for i in range(n):
        words = " ".join([WORDS[rng.randrange(len(WORDS))] for _ in range(3)])
        label = "Card %d: %s" % (i + 1, words)
        state = rng.randrange(len(STATE_TAGS) + 1)
        kind = rng.randrange(len(KIND_TAGS) + 1)
        cards.append(
            (
                str(i + 1),
                label,
                succ[i],
                state if state < len(STATE_TAGS) else None,
                kind if kind < len(KIND_TAGS) else None,
            )
        )
    return Plan(cards)


def demo_content(n, seed=1):
    """A BoardContent (board id 1, bags state and kind, cards with ids
    1..n) built from demo_plan(n, seed) without a database."""
    board = Board(1, 1, "demo", "Demo board", True, owner_name="demo")
    state = Bag(1, 1, "state")
    kind = Bag(2, 1, KIND_BAG)
    tags = []
    state_tags = []
    kind_tags = []
    next_id = 1
    for bag, names, out in ((state, STATE_TAGS, state_tags), (kind, KIND_TAGS, kind_tags)):
        for i in range(len(names)):
            succ = next_id + 1 if i + 1 < len(names) else None
            tag = Tag(next_id, bag.id, names[i], succ, bag.name)
            next_id += 1
            out.append(tag)
            tags.append(tag)
    plan = demo_plan(n, seed)
    cards = []
    card_tags = {}
    for i in range(n):
        name, label, succ, st, kd = plan.cards[i]
        card_id = i + 1
        cards.append(Card(card_id, 1, name, label, "", None if succ is None else succ + 1))
        ids = []
        if st is not None:
            ids.append(state_tags[st].id)
        if kd is not None:
            ids.append(kind_tags[kd].id)
        if ids:
            card_tags[card_id] = ids
    return BoardContent(board, [state, kind], tags, cards, card_tags)


def seed_board(repo, owner, name, n, seed=1, label="Demo board", is_public=True):
    """A new board of `owner` holding the demo plan's n cards (bags state
    and kind), written in one transaction. Returns the Board."""
    from .storage import dialect
    from .storage.repository import now_iso

    plan = demo_plan(n, seed)
    with repo.transaction():
        board = repo.create_board(owner, name, label, is_public)
        state = repo.get_bag(board, "state")
        state_tags = repo.tags(state)
        kind = repo.create_bag(board, KIND_BAG, KIND_TAGS)
        kind_tags = repo.tags(kind)
        first = repo.db.one(dialect.CARD_MAX_ID)[0] + 1
        now = now_iso()
        rows = []
        links = []
        tag_rows = []
        for i in range(n):
            card_name, card_label, succ, st, kd = plan.cards[i]
            card_id = first + i
            rows.append((card_id, board.id, card_name, card_label, "", None, now, now))
            if succ is not None:
                links.append((first + succ, card_id))
            if st is not None:
                tag_rows.append((card_id, state.id, state_tags[st].id))
            if kd is not None:
                tag_rows.append((card_id, kind.id, kind_tags[kd].id))
        repo.db.executemany(dialect.CARD_INSERT_WITH_ID, rows)
        repo.db.executemany(dialect.CARD_SET_SUCC, links)
        repo.db.executemany(dialect.CARD_TAG_SET, tag_rows)
    return board
