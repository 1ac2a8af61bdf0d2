"""Kanbo workload 3: render a 20,000-card board to HTML.

Builds the board, groups cards by column (sorted by priority, due, id),
and renders a full page: a header with per-column counts and WIP limits,
a <section> per column, an <article> per card with its escaped title,
tag chips, an assignee avatar (initials), a due date and a priority class,
by f-strings and list-append-and-join, as a hand-written template engine
would. The HTML is then scanned to count tags and checksum it.

Measures: string formatting and escaping (str.replace chains), list joins
of very long lists, dict grouping, sorting, str methods.
"""
import sys


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


COLUMNS = [("backlog", "Backlog", 0), ("todo", "To do", 40), ("doing", "Doing", 8),
           ("review", "Review", 6), ("done", "Done", 0)]
TAGS = ["api", "ui", "db", "infra", "docs", "bug", "perf", "security"]
WORDS = ["Fix", "add", "<b>bold</b>", "the", "board", "&", "\"quoted\"", "card's",
         "drag", "drop", "column", "filter", "slow", "query", "naïve", "café",
         "user", "opens", "x < y", "export"]
PEOPLE = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Barbara Liskov",
          "Edsger Dijkstra", "Frances Allen", "Ken Thompson", ""]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def make_board(n, seed):
    rnd = lcg(seed)
    cards = []
    for cid in range(1, n + 1):
        title = " ".join(WORDS[next(rnd) % len(WORDS)] for _ in range(2 + next(rnd) % 8))
        tags = sorted({TAGS[next(rnd) % len(TAGS)] for _ in range(next(rnd) % 4)})
        cards.append({
            "id": cid,
            "title": title,
            "tags": tags,
            "column": COLUMNS[next(rnd) % len(COLUMNS)][0],
            "priority": next(rnd) % 4,
            "due": (next(rnd) % 12, 1 + next(rnd) % 28),
            "assignee": PEOPLE[next(rnd) % len(PEOPLE)],
            "comments": next(rnd) % 7,
        })
    return cards


def initials(name):
    return "".join(part[0] for part in name.split()).upper() or "?"


def render_card(card):
    month, day = card["due"]
    chips = "".join(f'<span class="tag tag-{t}">{escape(t)}</span>' for t in card["tags"])
    who = card["assignee"]
    avatar = (f'<span class="avatar" title="{escape(who)}">{initials(who)}</span>'
              if who else '<span class="avatar empty">?</span>')
    comments = f'<span class="comments">{card["comments"]}</span>' if card["comments"] else ""
    return (f'<article class="card p{card["priority"]}" data-id="{card["id"]}" draggable="true">'
            f'<h3>{escape(card["title"])}</h3>'
            f'<div class="tags">{chips}</div>'
            f'<footer>{avatar}<time>{MONTHS[month]} {day:02d}</time>{comments}</footer>'
            f'</article>')


def render_board(name, cards):
    by_col = {key: [] for key, _, _ in COLUMNS}
    for c in cards:
        by_col[c["column"]].append(c)
    out = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
           f"<title>{escape(name)} \u2014 Kanbo</title></head><body>",
           '<header><h1>' + escape(name) + '</h1><nav>']
    for key, title, limit in COLUMNS:
        n = len(by_col[key])
        over = ' class="over"' if limit and n > limit else ""
        out.append(f'<a href="#{key}"{over}>{escape(title)} ({n}{"/" + str(limit) if limit else ""})</a>')
    out.append("</nav></header><main>")
    for key, title, limit in COLUMNS:
        items = by_col[key]
        items.sort(key=lambda c: (c["priority"], c["due"], c["id"]))
        out.append(f'<section id="{key}"><h2>{escape(title)}</h2>')
        out.append("\n".join(render_card(c) for c in items))
        out.append("</section>")
    out.append("</main></body></html>\n")
    return "".join(out)


def main(rounds):
    check = 0
    for r in range(rounds):
        cards = make_board(20000, 500 + r)
        html = render_board(f"Board #{r} <bench> & co", cards)
        articles = html.count("<article")
        amp = html.count("&amp;")
        lt = html.count("&lt;")
        h = 0
        for ch in html[::101]:
            h = (h * 131 + ord(ch)) % 1000000007
        print(f"round {r}: {len(html)} chars, {articles} cards, {amp} &amp; {lt} &lt;")
        check = (check * 31 + h + len(html)) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
