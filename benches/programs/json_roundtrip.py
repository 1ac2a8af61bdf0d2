"""JSON round trip: builds a document of nested dicts and lists (strings
with escapes and non-ASCII text, ints, exactly representable floats, bools,
None), serializes it with json.dumps in three styles (compact, indented with
sorted keys, ASCII-escaped), parses each back with json.loads and checks the
result equals the original.

Measures: the json module (written in the subset on piepie: string scanning,
escaping, number parsing), dict and list construction, str building.
"""
import sys
import json


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


WORDS = ["alpha", "beta", "gamma", "delta", "naïve", "café", "日本", "tab\there",
         "quote\"d", "back\\slash", "new\nline", "emoji \u263a", "plain", "kanbo",
         "<html>", "a&b", "x/y", ""]


def make_card(rnd, i):
    tags = [WORDS[next(rnd) % len(WORDS)] for _ in range(next(rnd) % 4)]
    return {
        "id": i,
        "title": WORDS[next(rnd) % len(WORDS)] + " " + str(next(rnd) % 1000),
        "done": next(rnd) % 3 == 0,
        "estimate": (next(rnd) % 64) / 4.0,
        "owner": None if next(rnd) % 5 == 0 else WORDS[next(rnd) % len(WORDS)],
        "tags": tags,
        "links": {"next": [next(rnd) % 5000 for _ in range(next(rnd) % 3)],
                  "weight": -(next(rnd) % 1000)},
    }


def make_doc(rnd, n):
    return {
        "board": "bench",
        "version": 3,
        "columns": [{"name": c, "limit": k * 3} for k, c in enumerate(["todo", "doing", "review", "done"])],
        "cards": [make_card(rnd, i) for i in range(n)],
        "meta": {"ratio": 0.125, "big": 12345678901234567890, "neg": -7, "empty": {}, "none": []},
    }


def text_sum(s):
    total = 0
    for ch in s:
        total = (total * 31 + ord(ch)) % 1000000007
    return total


def main(n):
    rnd = lcg(2024)
    check = 0
    for rounds in range(6):
        doc = make_doc(rnd, n)
        compact = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
        pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
        ascii_text = json.dumps(doc)
        for text in (compact, pretty, ascii_text):
            back = json.loads(text)
            if back != doc:
                raise RuntimeError("round trip changed the document")
            check = (check * 7 + len(text)) % 1000000007
        again = json.dumps(json.loads(pretty), indent=2, sort_keys=True, ensure_ascii=False)
        if again != pretty:
            raise RuntimeError("re-serialization differs")
        check = (check + text_sum(compact[:20000])) % 1000000007
        print(f"round {rounds}: compact {len(compact)} pretty {len(pretty)} ascii {len(ascii_text)}")
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
