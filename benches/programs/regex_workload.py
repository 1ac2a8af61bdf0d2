"""Regex workload: generates web-server-like log lines and mines them with
the re module: compiled patterns with groups and named groups, findall,
finditer, search, fullmatch, sub with a backreference and with a function,
split, alternation, character classes, counted repetition, IGNORECASE.

Measures: the re module (written in the subset on piepie: pattern
compilation and the backtracking matcher), string slicing, dict counting.
"""
import sys
import re


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]
PATHS = ["/api/cards", "/api/cards/{}", "/board/{}/view", "/static/app.{}.js",
         "/login", "/api/columns/{}/cards", "/search?q=tag{}&page=2"]
AGENTS = ["Mozilla/5.0 (X11; Linux)", "curl/8.1", "kanbo-cli/0.3", "Bot/2.1 (+http://example.com/bot)"]


def make_lines(n):
    rnd = lcg(7)
    lines = []
    for i in range(n):
        ip = f"{10 + next(rnd) % 200}.{next(rnd) % 256}.{next(rnd) % 256}.{next(rnd) % 256}"
        day = 1 + next(rnd) % 28
        hh, mm, ss = next(rnd) % 24, next(rnd) % 60, next(rnd) % 60
        method = METHODS[next(rnd) % len(METHODS)]
        path = PATHS[next(rnd) % len(PATHS)].format(next(rnd) % 5000)
        status = [200, 200, 200, 201, 204, 301, 404, 500][next(rnd) % 8]
        size = next(rnd) % 90000
        agent = AGENTS[next(rnd) % len(AGENTS)]
        ms = next(rnd) % 2000
        user = "-" if next(rnd) % 3 else f"user{next(rnd) % 300}@example.org"
        lines.append(f'{ip} - {user} [{day:02d}/Nov/2026:{hh:02d}:{mm:02d}:{ss:02d} +0000] '
                     f'"{method} {path} HTTP/1.1" {status} {size} "{agent}" rt={ms}ms')
    return lines


LOG = re.compile(r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
                 r'"(?P<method>[A-Z]+) (?P<path>[^ "]+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+) "(?P<agent>[^"]*)" rt=(?P<rt>\d+)ms$')
EMAIL = re.compile(r'([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)')
NUMBER = re.compile(r'\d+')
CARD_PATH = re.compile(r'/(cards|columns)/(\d+)')
BOT = re.compile(r'bot|crawler|spider', re.IGNORECASE)
TIME = re.compile(r'(\d\d):(\d\d):(\d\d)')
WORD = re.compile(r'[A-Za-z]+')


def main(n):
    lines = make_lines(n)
    status_count = {}
    method_bytes = {}
    slow = 0
    users = {}
    card_ids = 0
    bots = 0
    numbers = 0
    for line in lines:
        m = LOG.match(line)
        if m is None:
            raise RuntimeError("unparsed line: " + line)
        st = m.group("status")
        status_count[st] = status_count.get(st, 0) + 1
        meth = m.group("method")
        method_bytes[meth] = method_bytes.get(meth, 0) + int(m.group("size"))
        if int(m.group("rt")) > 1500:
            slow += 1
        e = EMAIL.search(line)
        if e:
            users[e.group(2)] = users.get(e.group(2), 0) + 1
        for cm in CARD_PATH.finditer(m.group("path")):
            card_ids += int(cm.group(2))
        if BOT.search(m.group("agent")):
            bots += 1
        numbers += len(NUMBER.findall(line))
    # Rewrites: anonymize IPs, swap time fields, redact emails via a function.
    text = "\n".join(lines[: n // 4])
    anon = re.sub(r'(\d+)\.(\d+)\.\d+\.\d+', r'\1.\2.x.x', text)
    swapped = TIME.sub(r'\3:\2:\1', anon)
    redacted = EMAIL.sub(lambda mm: mm.group(1)[0] + "***@" + mm.group(2).upper(), swapped)
    fields = re.split(r'\s+|"', redacted)
    words = WORD.findall(redacted)
    full = sum(1 for w in words if re.fullmatch(r'[a-z]+\d*', w))
    print("status", sorted(status_count.items()))
    print("bytes by method", sorted(method_bytes.items()))
    print("slow", slow, "bots", bots, "numbers", numbers, "card ids", card_ids)
    print("domains", sorted(users.items()))
    print("rewritten", len(redacted), "fields", len(fields), "words", len(words), "lower words", full)
    print(redacted[:160].replace("\n", " | "))
    check = 0
    for ch in redacted[::7]:
        check = (check * 131 + ord(ch)) % 1000000007
    check = (check + slow * 7 + bots * 11 + numbers * 13 + card_ids + full) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
