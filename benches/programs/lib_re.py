"""Library benchmark: re over a ~2 MB generated text.

Generates two deterministic ~2 MB documents of prose mixed with e-mail
addresses, dates, URLs, prices, hashtags and key=value settings, then runs
several realistic compiled patterns over each: search, findall (with
and without groups), finditer with named groups, sub with a template and
with a function, subn, and split on a class-based separator.

Measures: the re module (a backtracking engine written in the subset on
piepie, C in CPython): compilation, scanning long strings, classes,
alternation, quantifiers, groups and replacement building.
"""
import sys
import re


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


WORDS = ["the", "board", "card", "moves", "to", "review", "when", "Alice", "Bob",
         "finishes", "a", "task", "and", "writes", "notes", "for", "team", "Kanbo"]
DOMAINS = ["example.com", "mail.org", "kanbo.io", "test.net"]


def make_text(size, seed):
    rnd = lcg(seed)
    parts = []
    total = 0
    line = 0
    while total < size:
        r = next(rnd)
        kind = r % 8
        words = " ".join(WORDS[(r >> k) % len(WORDS)] for k in range(3, 3 + 3 * (4 + r % 6), 3))
        if kind == 0:
            extra = "contact %s.%d@%s" % (WORDS[r % 18].lower(), r % 100, DOMAINS[(r >> 4) % 4])
        elif kind == 1:
            extra = "due %04d-%02d-%02d" % (2020 + (r >> 9) % 6, 1 + r % 12, 1 + r % 28)
        elif kind == 2:
            extra = "see https://%s/cards/%d?tab=%s" % (DOMAINS[(r >> 7) % 4], r % 10000, WORDS[r % 18])
        elif kind == 3:
            extra = "cost $%d.%02d" % (r % 500, r % 100)
        elif kind == 4:
            extra = "#%s #%s%d" % (WORDS[r % 18], WORDS[(r >> 5) % 18], r % 10)
        elif kind == 5:
            extra = "limit=%d; mode=%s" % (r % 64, WORDS[(r >> 2) % 18])
        else:
            extra = ""
        line += 1
        s = "%d: %s %s.\n" % (line, words.capitalize(), extra)
        parts.append(s)
        total += len(s)
    return "".join(parts)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")
DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
URL = re.compile(r"https?://([^/\s]+)(/[^\s?]*)?(?:\?(\S+))?")
PRICE = re.compile(r"\$(\d+)\.(\d\d)")
TAG = re.compile(r"#([a-zA-Z]+)(\d?)")
SETTING = re.compile(r"(\w+)=(\w+)")
NAME = re.compile(r"\b(alice|bob)\b", re.IGNORECASE)
SEP = re.compile(r"[\s,;:.]+")
LINE = re.compile(r"^(\d+): (.*)$", re.MULTILINE)


def main(size):
    check = 0
    for seed in (11, 12):
        check = (check + scan(make_text(size, seed))) % 1000000007
    print("checksum", check)


def scan(text):
    check = len(text)
    print("text", len(text), "chars")
    emails = EMAIL.findall(text)
    print("emails", len(emails), emails[:2])
    years = {}
    for m in DATE.finditer(text):
        y = m.group("year")
        years[y] = years.get(y, 0) + int(m.group("month")) + int(m["day"])
    print("dates", sorted(years.items()))
    hosts = {}
    for host, path, query in URL.findall(text):
        hosts[host] = hosts.get(host, 0) + len(path) + len(query)
    print("urls", sorted(hosts.items()))
    cents = sum(int(d) * 100 + int(c) for d, c in PRICE.findall(text))
    print("cents", cents)
    tagged = TAG.sub(lambda m: "<" + m.group(1).upper() + m.group(2) + ">", text)
    swapped, nset = SETTING.subn(r"\2:=\1", tagged)
    named, nname = NAME.subn("[person]", swapped)
    print("sub", len(tagged), len(swapped), nset, len(named), nname)
    words = SEP.split(text)
    print("words", len(words), words[:4])
    lines = 0
    for m in LINE.finditer(text):
        lines += 1
        check = (check * 31 + int(m.group(1)) + len(m.group(2))) % 1000000007
    first = DATE.search(text)
    last_kanbo = text.rfind("Kanbo")
    print("lines", lines, "first date at", first.start(), first.group(0), "last Kanbo", last_kanbo)
    for e in emails:
        check = (check * 7 + len(e)) % 1000000007
    check = (check + cents + nset + nname + len(words) + len(named)) % 1000000007
    return check


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
