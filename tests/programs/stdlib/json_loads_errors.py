import json
from json import JSONDecodeError

docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E5', '2e-2', '1e400',
        '"abc"', '"a\\nb\\t\\"q\\"\\\\ \\/ \\b\\f\\r"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
        '[]', '{}', '[1, [2, [3, {}]]]', ' {"a" : 1 , "b":[true,false,null]} ',
        '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '12345678901234567890123', '"héllo"', '\n\t[\r\n1\n]\n', '0.1', '1.0', '[1e10, 1.7976931348623157e308]']
for doc in docs:
    print(repr(doc), repr(json.loads(doc)))

print(json.loads(b'{"x": [1, 2]}'), json.loads(bytearray(b'"\xc3\xa9"')), json.loads(b'\xef\xbb\xbf[1]'))

bad = ['{"a":1,}', '[1,2,]', '"ab\\x"', '"\\u12"', '{"a" 1}', '{1:2}', '[1 2]', '{"a":1 "b"}', '',
       '   ', '"abc', '[', '{', 'nul', '"a\x01"', '1 2', '-', '01', '1.', '1e', '[1,', '{"a":',
       '{"a"', '\ufeff1', 'tru', '"\\', '"\\u', '"\\uzzzz"', '[-]', '"\\ud800\\u12"',
       '{"a": 1}\n\n  x', '[\n1,\n2\n,]', "{'a': 1}", '[1]]', 'True', '{"a" : }', '[,]',
       '"\\ud800\\uzzzz"', '\n\n\n   @', '{"k":"v",\n"k2"\n:\n']
for doc in bad:
    try:
        json.loads(doc)
        print("no error", repr(doc))
    except JSONDecodeError as e:
        print(repr(doc), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

e = JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.args, isinstance(e, ValueError), e.lineno, e.colno)
try:
    json.loads("[")
except ValueError as e:
    print("ValueError caught:", e)

for v in [1, None, [1], {"a": 1}]:
    try:
        json.loads(v)
    except TypeError as e:
        print(e)

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"b": 1, "a": 2}, {}]', object_pairs_hook=lambda ps: ps))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(repr(json.loads('"a\tb\nc"', strict=False)))
try:
    json.loads('"a\tb"')
except JSONDecodeError as e:
    print(e)
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[3]', 2))
try:
    dec.decode('[1] [2]')
except JSONDecodeError as e:
    print(e)


class Reader:
    def read(self):
        return '{"from": "reader", "n": [1, 2.5]}'


print(json.load(Reader()))
obj = {"name": "é\u2603😀", "vals": [1, 2.5, -3e-9, None, True], "nested": {"k": [{}, []]}}
for kwargs in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}]:
    text = json.dumps(obj, **kwargs)
    print(json.loads(text) == obj, len(text))
