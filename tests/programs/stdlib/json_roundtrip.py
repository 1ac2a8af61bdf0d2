import json

deep = []
cur = deep
for _ in range(150):
    nxt = []
    cur.append(nxt)
    cur = nxt
text = json.dumps(deep)
print(len(text), json.loads(text) == deep)
nested = {"a": {"b": {"c": [1, {"d": [None, True, {"e": "f"}]}]}}}
print(json.dumps(nested, indent=3, sort_keys=True))
floats = [0.0, -0.0, 1.0, 0.5, 1e16, 1.5e-10, 123456789012345.67, 2.0 ** 60, 1 / 3, 5e-324, 1.7976931348623157e308]
text = json.dumps(floats)
print(text, json.loads(text) == floats)
ints = [0, -1, 2 ** 64, -(2 ** 100), 10 ** 50]
print(json.dumps(ints), json.loads(json.dumps(ints)) == ints)
strings = ["", " ", "\u0000\u001f\u007f\u0080\u00ff\u0100\uffff", "\U0001F600\U0010FFFF", "line\nbreak", "tab\t", "quote\"", "back\\slash", "</script>"]
for s in strings:
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    print(a, repr(b), json.loads(a) == s, json.loads(b) == s)
data = {"users": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "tags": ["x"] * (i % 3), "active": i % 2 == 0}
                  for i in range(20)], "meta": {"count": 20, "next": None}}
text = json.dumps(data, separators=(",", ":"))
print(len(text), text[:120], json.loads(text) == data)
pretty = json.dumps(data, indent=2)
print(len(pretty), pretty.count("\n"), json.loads(pretty) == data)
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n"}'), json.loads("  \n\t 42 \r\n"))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.loads('[1e2, 1E-2, -0.0, 0e0, 10000000000000000000000]'))
print(json.loads('{"x": 1, "x": 2, "y": {"x": 3}}'), json.loads("[[], {}, [{}], {\"k\": []}]"))
d = {3: "c", 1: "a", 2: "b"}
print(json.dumps(d, sort_keys=True), json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
a = [1, 2]
print(json.dumps([a, a, {"x": a}]), json.dumps({"k": a}, check_circular=False))
print(json.dumps([float("nan"), float("inf")]), json.loads("[NaN, Infinity, -Infinity]")[1:])
