"""Adversarial json checks: dumps options, loads error messages and positions."""
import json
from collections import OrderedDict


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = {"b": [1, 2.5, None, True, False], "a": {"x": "é\n\"\\\t\u2028\U0001f600", "y": []}, "c": {}, 3: "int key"}
t("plain", lambda: json.dumps(data))
t("indent2", lambda: json.dumps(data, indent=2))
t("indent0", lambda: json.dumps(data, indent=0))
t("indent str", lambda: json.dumps([1, [2]], indent="\t"))
t("indent neg", lambda: json.dumps([1, [2]], indent=-1))
t("sort", lambda: json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
t("sort mixed", lambda: json.dumps({"b": 1, 2: 2}, sort_keys=True))
t("separators", lambda: json.dumps(data, separators=(",", ":")))
t("separators indent", lambda: json.dumps([1, {"a": 2}], indent=1, separators=(",", ": ")))
t("indent default sep", lambda: json.dumps({"a": [1, 2]}, indent=3))
t("ensure_ascii off", lambda: json.dumps(data, ensure_ascii=False))
t("default", lambda: json.dumps({"s": {1, 2}}, default=sorted))
t("default chain", lambda: json.dumps(range(3), default=lambda o: [o.start, o.stop]))
t("no default", lambda: json.dumps({"s": {1}}))
t("no default obj", lambda: json.dumps(object))
t("bad key", lambda: json.dumps({(1, 2): 3}))
t("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
t("keys types", lambda: json.dumps({1.5: 1, True: 2, None: 3, False: 4}))
t("floats", lambda: json.dumps([1e100, 1.0, -0.0, 1e-7, 123456789012345678.0, 0.1 + 0.2, float("inf"), float("-inf"), float("nan")]))
t("allow_nan off", lambda: json.dumps([float("nan")], allow_nan=False))
t("allow_nan off inf", lambda: json.dumps(float("inf"), allow_nan=False))
t("big int", lambda: json.dumps(2 ** 100))
t("bool subclass int", lambda: json.dumps([True, 1]))
t("tuple", lambda: json.dumps((1, (2, 3))))
t("ordered", lambda: json.dumps(OrderedDict([("z", 1), ("a", 2)])))
t("circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
t("circular dict", lambda: (lambda d: (d.__setitem__("d", d), json.dumps(d)))({}))
t("check_circular off", lambda: json.dumps([[1]], check_circular=False))
t("str subclass", lambda: json.dumps(type("S", (str,), {})("x")))
t("int subclass", lambda: json.dumps(type("I", (int,), {})(5)))
t("control chars", lambda: json.dumps("\x00\x1f\x7f\b\f"))
t("encoder", lambda: json.JSONEncoder(indent=1, sort_keys=True).encode({"b": 1, "a": [1]}))
t("iterencode", lambda: list(json.JSONEncoder().iterencode([1, {"a": None}])) != [])
t("dumps cls", lambda: json.dumps({1}, cls=type("E", (json.JSONEncoder,), {"default": lambda self, o: list(o)})))

for s in ['{"a": 1, "b": [1, 2, {"c": null}]}', '  [1, 2.5, -3, 1e3, 1E-2, -0, 0.0]  ', '"\\u00e9\\ud83d\\ude00\\n\\/"',
          'true', 'null', '12345678901234567890', '1.5e400', '-1e400', 'NaN', 'Infinity', '-Infinity', '{"a": 1, "a": 2}',
          '[]', '{}', '[1,\n2]',
          # errors
          '', ' ', '[', '[1,', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '{1: 2}', '[1 2]', 'tru', 'nul', '"abc',
          '"\\x"', '"\\u12"', '"a\nb"', '01', '1.', '-', '.5', '1e', '[1] x', '{"a": 1}}', 'infinity', '"\t"',
          '{"a":1 "b":2}', '\n\n  [\n  1,\n  oops]', '[1, 2', '{"a"', '{"a":', '+1', '0x10', '[-]', '"\\', 'nan',
          '\ufeff[1]', '1 2']:
    t("loads %r" % s, lambda: json.loads(s))
t("loads bytes", lambda: json.loads(b'{"a": [1]}'))
t("loads type", lambda: json.loads(5))
t("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
t("object_pairs_hook", lambda: json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
t("parse_float", lambda: json.loads('[1.5, 2]', parse_float=str))
t("parse_int", lambda: json.loads('[1.5, 2]', parse_int=float))
t("parse_constant", lambda: json.loads('[NaN, Infinity]', parse_constant=str))
t("strict off", lambda: json.loads('"a\nb"', strict=False))
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print("attrs", e.msg, e.pos, e.lineno, e.colno, repr(e.doc), isinstance(e, ValueError))
t("decoder", lambda: json.JSONDecoder().decode('[1]'))
t("raw_decode", lambda: json.JSONDecoder().raw_decode('[1] rest'))
t("raw_decode ws", lambda: json.JSONDecoder().raw_decode(' [1]'))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print("dump", repr(buf.getvalue()))
print("load", json.load(io.StringIO('{"z": true}')))
t("roundtrip", lambda: json.loads(json.dumps(data)) == {"b": [1, 2.5, None, True, False], "a": data["a"], "c": {}, "3": "int key"})
t("float repr rt", lambda: [json.loads(json.dumps(x)) == x for x in [0.1, 1 / 3, 1e-310, 5e-324, 1.7976931348623157e308]])
