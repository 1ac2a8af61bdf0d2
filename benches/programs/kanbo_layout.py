"""Kanbo workload 2: lay out a 20,000-card board as a tag grid.

Rows are tags (a card with several tags appears in each of its tag rows, as
in swimlanes), columns are the board's workflow columns. Inside a cell the
cards are sorted by (priority, due, id) and placed left to right, four to a
line; each card's height comes from word-wrapping its title to 24
characters. Row heights and column widths are then fixed up across the grid
and every card box gets absolute coordinates.

Measures: grouping into dicts of lists, sorting with tuple keys, word
wrapping (split, len, join), integer geometry, many small tuples.
"""
import sys


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


COLUMNS = ["backlog", "todo", "doing", "review", "done"]
TAGS = ["api", "ui", "db", "infra", "docs", "bug", "perf", "security", "ux",
        "mobile", "search", "billing"]
WORDS = ["fix", "add", "the", "board", "card", "drag", "drop", "column", "filter",
         "slow", "query", "when", "user", "opens", "a", "long", "description",
         "with", "markdown", "and", "images", "export", "to", "csv", "login"]


def make_board(n, seed):
    rnd = lcg(seed)
    cards = []
    for cid in range(1, n + 1):
        nwords = 2 + next(rnd) % 10
        title = " ".join(WORDS[next(rnd) % len(WORDS)] for _ in range(nwords))
        ntags = 1 + next(rnd) % 3
        tags = []
        for _ in range(ntags):
            t = TAGS[next(rnd) % len(TAGS)]
            if t not in tags:
                tags.append(t)
        cards.append((cid, title, tuple(tags), COLUMNS[next(rnd) % len(COLUMNS)],
                      next(rnd) % 5, next(rnd) % 90))
    return cards


def wrap(title, width):
    lines = []
    line = ""
    for word in title.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = line + " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


CARD_W = 180
GAP = 8
PER_LINE = 4
LINE_H = 16
PAD = 10


def layout(cards):
    cells = {}
    for card in cards:
        for tag in card[2]:
            key = (tag, card[3])
            if key in cells:
                cells[key].append(card)
            else:
                cells[key] = [card]
    tags = sorted({k[0] for k in cells})
    col_index = {c: i for i, c in enumerate(COLUMNS)}
    # First pass: the size of every cell with cards placed relative to it.
    placed = {}
    cell_w = {}
    cell_h = {}
    for key, items in cells.items():
        items.sort(key=lambda c: (c[4], c[5], c[0]))
        boxes = []
        x = y = 0
        line_h = 0
        for i, card in enumerate(items):
            if i % PER_LINE == 0 and i:
                y += line_h + GAP
                x = 0
                line_h = 0
            h = PAD * 2 + LINE_H * len(wrap(card[1], 24)) + (LINE_H if len(card[2]) > 1 else 0)
            boxes.append((card[0], x, y, CARD_W, h))
            x += CARD_W + GAP
            if h > line_h:
                line_h = h
        placed[key] = boxes
        cell_w[key] = min(len(items), PER_LINE) * (CARD_W + GAP)
        cell_h[key] = y + line_h
    # Second pass: grid lines.
    col_w = [0] * len(COLUMNS)
    for key, w in cell_w.items():
        i = col_index[key[1]]
        if w > col_w[i]:
            col_w[i] = w
    col_x = [0] * len(COLUMNS)
    for i in range(1, len(COLUMNS)):
        col_x[i] = col_x[i - 1] + col_w[i - 1] + 3 * GAP
    row_y = {}
    y = 0
    for tag in tags:
        row_y[tag] = y
        h = max(cell_h.get((tag, c), 0) for c in COLUMNS)
        y += h + 4 * GAP
    total_h = y
    # Absolute boxes.
    result = []
    for key, boxes in placed.items():
        ox = col_x[col_index[key[1]]]
        oy = row_y[key[0]]
        for cid, x, yy, w, h in boxes:
            result.append((key[0], cid, ox + x, oy + yy, w, h))
    result.sort()
    return result, col_x, total_h


def main(rounds):
    check = 0
    for r in range(rounds):
        cards = make_board(20000, 77 + r)
        boxes, col_x, total_h = layout(cards)
        area = 0
        for tag, cid, x, y, w, h in boxes:
            area += w * h
        for i in range(0, len(boxes), 53):
            tag, cid, x, y, w, h = boxes[i]
            check = (check * 31 + cid + x * 3 + y * 7 + h) % 1000000007
        print(f"round {r}: boxes {len(boxes)} columns at {col_x} height {total_h} area {area}")
        check = (check + total_h + area % 1000003) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
