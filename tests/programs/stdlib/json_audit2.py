"""json round 2: nested error positions, subclasses, default errors, separators/indent combinations, big documents."""
import json


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class FloatSub(float):
    def __repr__(self):
        return "FloatSub!"


class IntSub(int):
    def __repr__(self):
        return "IntSub!"


class DictSub(dict):
    pass


class ListSub(list):
    pass


t("float subclass", lambda: json.dumps([FloatSub(1.5), IntSub(3)]))
t("container subclass", lambda: json.dumps({"d": DictSub(a=1), "l": ListSub([1])}))
t("bool keys sort", lambda: json.dumps({True: 1, False: 2}, sort_keys=True))
t("None key sort", lambda: json.dumps({None: 1, "a": 2}, sort_keys=True))
t("float keys", lambda: json.dumps({1.0: 1, float("inf"): 2, float("nan"): 3}))
t("float key no nan", lambda: json.dumps({float("inf"): 2}, allow_nan=False))
t("default raises", lambda: json.dumps(object(), default=lambda o: 1 / 0))
t("default returns unserializable", lambda: json.dumps(object(), default=lambda o: o))
t("default circular", lambda: json.dumps(object(), default=lambda o: [o]))
t("nested empty indent", lambda: json.dumps({"a": [], "b": {}, "c": [[]], "d": [{}]}, indent=2))
t("indent sep custom", lambda: json.dumps({"a": [1, 2]}, indent=2, separators=(";", "=")))
t("indent sort nested", lambda: json.dumps({"z": {"b": 1, "a": [3, {"y": 1, "x": 2}]}}, indent=1, sort_keys=True))
t("ensure_ascii astral", lambda: (json.dumps("𝄞"), json.dumps("𝄞", ensure_ascii=False), json.dumps("\x7f\x80\u0100")))
t("escapes", lambda: json.dumps("\"\\/\b\f\n\r\t\x01"))
t("big nums", lambda: json.dumps([10 ** 30, -10 ** 30, 1e300 * 10, 2.5e-320, 1 / 3, -0.0, 100.0, 1e16, 1e15, 123e-20]))
t("bool subclasses", lambda: json.dumps([True, False, None]))
t("tuple keys skip", lambda: json.dumps({(1,): 1, 2: 2}, skipkeys=True, sort_keys=True))
t("dump kw only", lambda: json.dumps([1], 2))
t("loads whitespace", lambda: json.loads(" \t\n\r[ 1 , 2 ] \n"))
t("loads nested", lambda: json.loads('{"a": [{"b": [1, {"c": [true, false, null]}]}], "d": -1.5e-3}'))
t("loads unicode escapes", lambda: json.loads('"\\u0041\\u00e9\\u4e2d\\ud834\\udd1e"'))
t("loads raw unicode", lambda: json.loads('"é中𝄞"'))
t("loads dup keys pairs", lambda: json.loads('[{"a":1,"a":2}]'))
for s in ['[1, 2, [3, 4, {"a": ]]]', '{"a": {"b": {"c": }}}', '[\n  {\n    "k": tru\n  }\n]', '{"a":1,\n"b":2,,}', '[1,2,3,]',
          '["abc\\q"]', '[1e5.5]', '[-01]', '[1.5e]', '["\\u00"]', '{"a":1}{"b":2}', '[' * 5 + ']' * 4,
          '{"a"   :   }', '[0.]', '[.0]', '{"a": "b" , }', '   ', '\x00', '["a"\t"b"]', '[1\n,\n2\n,\n]',
          '{"a": nul}', '[Infinityx]', '[-Infinity, NaN]', '-']:
    t("loads %r" % s, lambda: json.loads(s))
t("loads deep", lambda: len(str(json.loads("[" * 200 + "]" * 200))))
t("dumps deep", lambda: len(json.dumps(eval("[" * 200 + "]" * 200))))
doc = {"items": [{"id": i, "name": "item %d" % i, "tags": ["t%d" % (i % 3)], "price": i * 1.25, "ok": i % 2 == 0}
                 for i in range(200)]}
s = json.dumps(doc, sort_keys=True, indent=1)
t("big roundtrip", lambda: (len(s), json.loads(s) == doc, json.dumps(json.loads(s), sort_keys=True, indent=1) == s))
t("JSONDecodeError pickle-ish", lambda: (lambda e: (e.args, str(e)))(json.JSONDecodeError("msg", "doc\nx", 5)))
t("encoder key_separator", lambda: (json.JSONEncoder().item_separator, json.JSONEncoder().key_separator,
                                    json.JSONEncoder(indent=2).item_separator))
t("decoder object_hook + pairs", lambda: json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
t("loads kw", lambda: json.loads('{"a": 1}', cls=json.JSONDecoder))
