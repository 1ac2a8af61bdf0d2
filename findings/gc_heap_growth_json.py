"""Memory: piepie's heap grows to several times the live data between
collections when a loop builds and drops large JSON documents (the Kanbo
JSON grid of a 20,000-card board: 36 MB RSS steady under CPython, a
sawtooth of 160-600 MB under piepie, one worker). Nothing leaks (RSS comes
back down), but the peak is ~10x CPython's.

Run: piepie findings/gc_heap_growth_json.py ; python3 findings/gc_heap_growth_json.py
Prints the peak RSS in MB over 15 rounds; CPython: about 30-40."""

import json


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


peak = 0
for round_no in range(15):
    cards = {}
    for i in range(20000):
        cards[str(i)] = {"id": i, "name": str(i), "label": "Card number %d" % i, "href": "", "tags": [1, 2]}
    text = json.dumps({"cards": cards, "rows": [{"bins": [{"cards": list(range(20000))}]}]})
    peak = max(peak, rss_mb())
print("text length", len(text))
print("peak RSS MB", peak)
