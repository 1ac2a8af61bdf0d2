"""csv round 2: real files with newline='', dialect classes and registry, field size limit, quoting constants."""
import csv
import io
import os


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = "_tmp_csv_audit2.csv"
with open(p, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "text", "num"])
    w.writerow([1, "multi\nline, with comma", 2.5])
    w.writerow([2, 'quote " inside', None])
    w.writerows([[3, "", 0]])
print(repr(open(p, newline="").read()))
with open(p, newline="") as f:
    r = csv.reader(f)
    rows = list(r)
    print(rows, r.line_num, r.dialect.delimiter)
with open(p, newline="") as f:
    print([dict(row) for row in csv.DictReader(f)])
os.remove(p)
print("consts", csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


buf = io.StringIO()
csv.writer(buf, dialect=Pipes).writerow(["a|b", "c'd", "e"])
print(repr(buf.getvalue()))
t("dialect class reader", lambda: list(csv.reader(["'a|b'|c"], Pipes)))
t("dialect override", lambda: list(csv.reader(["a;b"], Pipes, delimiter=";")))
csv.register_dialect("semi", delimiter=";", quotechar='"')
t("get_dialect", lambda: (csv.get_dialect("semi").delimiter, "semi" in csv.list_dialects()))
csv.unregister_dialect("semi")
t("unregistered", lambda: csv.get_dialect("semi"))
t("unregister missing", lambda: csv.unregister_dialect("semi"))
t("register bad", lambda: csv.register_dialect("bad", delimiter=""))
t("register bad quoting", lambda: csv.register_dialect("bad", quoting=99))
t("quotechar none minimal", lambda: type(csv.writer(io.StringIO(), quotechar=None)))
t("reader type", lambda: (type(csv.reader([])), repr(csv.reader([])).startswith("<_csv.reader object at ")))
t("field_size_limit", lambda: (csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit()))
t("too big field", lambda: list(csv.reader(["a" * 20])))
csv.field_size_limit(131072)
t("writer dialect attr", lambda: csv.writer(io.StringIO()).dialect.lineterminator)
t("reader non-string", lambda: list(csv.reader([1])))
t("newline in unquoted", lambda: list(csv.reader(io.StringIO("a\rb\r\nc\n"))))
t("quoted newline cr", lambda: list(csv.reader(io.StringIO('"a\r\nb",c\r\n'))))
t("lineterminator ignored by reader", lambda: list(csv.reader(["a,b"], lineterminator="x")))
t("nonnumeric bad", lambda: list(csv.reader(["abc"], quoting=csv.QUOTE_NONNUMERIC)))
t("writer quote empty", lambda: (lambda o: (csv.writer(o).writerow([""]), csv.writer(o).writerow([]), o.getvalue())[2])(io.StringIO()))
t("writer none only", lambda: (lambda o: (csv.writer(o).writerow([None]), o.getvalue())[1])(io.StringIO()))
t("writer leading space", lambda: (lambda o: (csv.writer(o).writerow([" a", "b "]), o.getvalue())[1])(io.StringIO()))
t("writer special floats", lambda: (lambda o: (csv.writer(o, quoting=csv.QUOTE_NONNUMERIC).writerow([1.0, True, "x"]), o.getvalue())[1])(io.StringIO()))
