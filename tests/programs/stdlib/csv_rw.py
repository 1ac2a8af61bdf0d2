import csv


class Sink:
    """A write() target collecting the text."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def value(self):
        return "".join(self.parts)


def show(rows, **kw):
    out = Sink()
    w = csv.writer(out, **kw)
    for row in rows:
        w.writerow(row)
    print(repr(out.value()))
    return out.value()


rows = [
    ["name", "age", "note"],
    ["Ann", 30, "likes, commas"],
    ["Bob", 4.5, 'says "hi"'],
    ["Cy", None, "two\nlines"],
    ["", 7, " lead"],
]
text = show(rows)
print(list(csv.reader(text.splitlines(True))))
show(rows, quoting=csv.QUOTE_ALL)
text2 = show(rows, quoting=csv.QUOTE_NONNUMERIC)
print(list(csv.reader(text2.splitlines(True), quoting=csv.QUOTE_NONNUMERIC)))
show([["a", "b,c", "d"]], quoting=csv.QUOTE_NONE, escapechar="\\")
show([["a", 'q"uote']], doublequote=False, escapechar="\\")
show([["x", "y"], [1, 2]], delimiter=";", lineterminator="\n")
show([["x", "y"]], delimiter="\t", quotechar="'")
show([["it's", "a|b"]], delimiter="|", quotechar="'")
show([[""], [], ["", ""], [None], [True, False]])
show([["a", "b"]], dialect="unix")
show([["a", "b"]], dialect="excel-tab")
try:
    show([["a,b"]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error:", e)
try:
    show([[""]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(Sink()).writerow(5)
except csv.Error as e:
    print("Error:", e)
out = Sink()
print(csv.writer(out).writerow(["ab", "c"]))
csv.writer(out).writerows([[1], [2]])
print(repr(out.value()))

lines = [
    'a,b,c\n',
    '"quoted, comma","with ""quotes""",plain\n',
    '"multi\n',
    'line",x,y\n',
    '\n',
    'trailing,comma,\n',
    ',,\n',
    '  spaced , fields\n',
]
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(["x\r\n", "y\r\n"])))
print(list(csv.reader([])))
for bad, kw in [(['"a"b,c'], {"strict": True}), (['"abc'], {"strict": True}), (["a\0b"], {}), (["a\rb"], {})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print("Error:", e)
try:
    list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)

out = Sink()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"])
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann", "score": 9.5})
dw.writerow({"id": 2, "name": "Bob, Jr."})
dw.writerows([{"id": 3, "name": "Cy", "score": 7}])
print(repr(out.value()))
try:
    dw.writerow({"id": 4, "extra": 1})
except ValueError as e:
    print("ValueError:", e)
dw2 = csv.DictWriter(Sink(), fieldnames=["a"], extrasaction="ignore")
dw2.writerow({"a": 1, "b": 2})
try:
    csv.DictWriter(Sink(), fieldnames=["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError:", e)

dr = csv.DictReader(out.value().splitlines(True))
print(dr.fieldnames)
for row in dr:
    print(row)
dr2 = csv.DictReader(["1,2,3,4", "", "5"], fieldnames=["a", "b", "c"], restkey="rest", restval="?")
print(list(dr2))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print("pipes" in csv.list_dialects(), csv.get_dialect("pipes").delimiter)
show([["a", 1]], dialect="pipes")
print(list(csv.reader(['"a"|"1"'], dialect="pipes")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


show([["a;b", "c"]], dialect=Semi)
try:
    csv.writer(Sink(), delimiter="::")
except TypeError as e:
    print("TypeError:", e)
try:
    csv.writer(Sink(), quotechar=None, quoting=csv.QUOTE_ALL)
except TypeError as e:
    print("TypeError:", e)
show([["a,b", 'c"d']], quotechar=None, escapechar="/")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
