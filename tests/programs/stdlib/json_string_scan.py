"""json: string scanning and escaping across runs of plain text, escapes,
control characters, unprintable-but-legal characters and non-ASCII text
(decoder errors keep CPython's positions)."""
import json

docs = [
    '"plain"', '""', '"a\\"b"', '"\\"\\"\\""', '"x\\\\"', '"tab\\there\\n"',
    '"\\u00e9t\\u00e9 \\ud83d\\ude00"', '"caf\u00e9 \u65e5\u672c \u2028 \x7f"',
    '["\u00e9\\"\u00e9", "\\\\\u65e5", "end"]',
    '{"k\\u0022": "v\\/", "\u00e9": ["a", "b\\u0000c"]}',
]
for d in docs:
    v = json.loads(d)
    print(repr(v), json.dumps(v), json.dumps(v, ensure_ascii=False))

bad = [
    '"abc', '"ab\x01c"', '"\u00e9\u00e9\x1f"', '"a\\"', '"a\\', '"\\q"',
    '"\u00e9\u00e9\u00e9', '["ok", "x\ny"]', '"\u2028\x7f\x00"', '"\\u12"',
    '{"a": "\u65e5\\"\u65e5', '"' + "\u00e9" * 100 + "\t" + '"',
]
for d in bad:
    try:
        json.loads(d)
        print("parsed?", repr(d))
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\x01b"', strict=False) == "a\x01b", json.loads('"\u00e9\n"', strict=False))

strs = ["", "plain", 'q"uote', "back\\slash", "ctl\x01\x1f", "del\x7f", "sep\u2028x",
        "caf\u00e9", "\u65e5\u672c", "emoji \U0001f600", "mix\u00e9\"\n\t\\"]
for s in strs:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False), json.loads(json.dumps(s)) == s)
long = ("\u00e9\u65e5 " * 200 + '\\"') * 5
print(len(json.loads(json.dumps(long))), json.loads(json.dumps(long, ensure_ascii=False)) == long)

# Objects and arrays: whitespace everywhere, duplicate keys, hooks, errors.
print(json.loads('{"a": 1, "b": [1, 2], "a": 3}'), json.loads(' { "x" :\t"y" ,\n"z":[ "q" , 1 ] } '))
print(json.loads('{"a":1,"b":2,"a":3}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=len, object_pairs_hook=tuple))
for d in ['{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b": 2}', '["a" "b"]', '["a", ]',
          '{"a":"b"', '["a"', '{"a": "x\x02"}', '{ "a"  :  "b"  ,  }', '[ "é" , "\x03" ]']:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos)


class S(str):
    pass


class I(int):
    pass


print(json.dumps([True, False, None, 1, I(7), S("s"), 1.5, "x"]),
      json.dumps({"k": True, "n": None, "i": I(3), S("sk"): S("sv"), 2: "two", 1.5: 0}))
print(json.dumps({"b": [1, "é"], "a": {"c": None}}, indent=1, sort_keys=True, ensure_ascii=False))
