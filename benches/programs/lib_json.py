"""Library benchmark: json.dumps and json.loads of a ~5 MB document (compact form).

Builds a deterministic board-like document (nested dicts and lists, strings
with escapes and non-ASCII text, ints, exact floats, booleans, None), then
serialises it compactly, with indent=2 and sort_keys, and with
ensure_ascii=False, parses each text back and checks the round trip.

Measures: the json module (written in the subset on piepie, mostly C in
CPython): string escaping, number formatting, dict/list walking, the
recursive-descent parser, string building by join.
"""
import sys
import json


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


WORDS = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve", "\u65e5\u672c",
         "quote\"d", "back\\slash", "tab\there", "line\nbreak", "emoji\U0001F600",
         "plain", "kanban", "card", "board"]


def make_doc(cards, seed):
    rnd = lcg(seed)
    columns = []
    for c in range(8):
        items = []
        for i in range(cards // 8):
            r = next(rnd)
            title = " ".join(WORDS[(r >> k) % len(WORDS)] for k in range(0, 20, 4))
            items.append({
                "id": c * 100000 + i,
                "title": title,
                "estimate": (r % 64) / 4,
                "score": -(r % 1000) * 0.125,
                "done": r % 3 == 0,
                "owner": None if r % 5 == 0 else "user%d" % (r % 97),
                "tags": [WORDS[(r >> k) % len(WORDS)] for k in range(r % 4)],
                "history": [r % 1000, (r >> 3) % 1000, 10 ** 20 + r],
            })
        columns.append({"name": "column %d" % c, "wip": c * 3, "cards": items})
    return {"board": "Kanbo \u2014 benchmark", "version": 3, "columns": columns}


def digest(text):
    h = len(text)
    for i in range(0, len(text), 101):
        h = (h * 131 + ord(text[i])) % 1000000007
    return h


def main(cards):
    doc = make_doc(cards, 7)
    check = 0
    compact = json.dumps(doc, separators=(",", ":"))
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    utf = json.dumps(doc, ensure_ascii=False)
    for name, text in (("compact", compact), ("pretty", pretty), ("utf8", utf)):
        back = json.loads(text)
        if back != doc:
            raise RuntimeError("round trip failed: " + name)
        d = digest(text)
        print(f"{name}: {len(text)} chars digest {d}")
        check = (check * 31 + d) % 1000000007
    back = json.loads(compact)
    total = 0
    for col in back["columns"]:
        for card in col["cards"]:
            total += card["id"] + int(card["estimate"] * 4) + len(card["tags"])
    print("cards", sum(len(col["cards"]) for col in back["columns"]), "total", total)
    print("checksum", (check + total) % 1000000007)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 26000)
