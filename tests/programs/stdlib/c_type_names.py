"""Error messages name CPython's C types with their module (tp_name): itertools, functools, operator, io, re, sqlite3, csv, collections, datetime."""
import collections
import csv
import datetime
import functools
import io
import itertools
import operator
import re
import sqlite3

objs = [itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.chain(), itertools.islice("", 1),
        itertools.product(), itertools.permutations(""), itertools.combinations("", 1), itertools.groupby(""),
        itertools.accumulate(""), itertools.zip_longest(), itertools.starmap(max, []), itertools.takewhile(bool, []),
        itertools.dropwhile(bool, []), itertools.compress("", []), itertools.filterfalse(None, []), itertools.pairwise(""),
        functools.partial(max), operator.itemgetter(1), operator.attrgetter("a"), operator.methodcaller("m"),
        io.StringIO(), io.BytesIO(), re.compile("a"), re.match("a", "a"), sqlite3.connect(":memory:"),
        csv.reader([]), csv.writer(io.StringIO()), collections.deque(), collections.OrderedDict(), collections.defaultdict(),
        datetime.date(2020, 1, 1), datetime.timedelta(1), datetime.timezone.utc]
for o in objs:
    for op in (lambda: o + 1, lambda: o < 1 if not isinstance(o, (datetime.date, datetime.timedelta)) else o + "x", lambda: o[0] if not isinstance(o, (collections.deque, collections.OrderedDict, collections.defaultdict, re.Match)) else o - 1):
        try:
            op()
            print("no error")
        except TypeError as e:
            print(type(o).__name__, "|", e)
cur = sqlite3.connect(":memory:").cursor()
try:
    cur + 1
except TypeError as e:
    print(e)
try:
    sqlite3.connect(":memory:").execute("select 1 as a").fetchone()
    r = sqlite3.Row(cur, (1,))
    r + 1
except TypeError as e:
    print(e)
