"""sqlite3 cursor attributes (lastrowid, rowcount, description), Row, isolation_level, parameter types, errors."""
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(x)")
cu = c.cursor()
print(cu.lastrowid, cu.rowcount, cu.description, cu.arraysize)
cu.executemany("insert into t values (?)", [(1,), (2,)])
print(cu.lastrowid, cu.rowcount)
cu.execute("select * from t")
print(cu.lastrowid, cu.rowcount, cu.fetchall())
cu.execute("update t set x = x + 1")
print(cu.lastrowid, cu.rowcount)
print(list(c.execute("select x, x*2 from t")))
c.execute("insert into t values (?)", [b"blob"])
print(c.execute("select typeof(x) from t").fetchall())
r = c.execute("select 1 as a").fetchone()
c.row_factory = sqlite3.Row
r = c.execute("select 1 as a, 2 as b").fetchone()
print(r == c.execute("select 1 as a, 2 as b").fetchone(), dict(zip(r.keys(), r)))
try:
    r["zz"]
except IndexError as e:
    print("IndexError:", e)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
c.isolation_level = None
print(c.isolation_level)
try:
    c.isolation_level = "bogus"
except ValueError as e:
    print("ValueError:", e)
try:
    sqlite3.connect("/nonexistent_dir_xyz/a.db")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
cur = c.cursor(); cur.close()
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
print(tuple(c.execute("select ?, ?", (True, 2**62)).fetchone()))
print(c.execute("select :a || :b", {"a": "x", "b": "y"}).fetchone()[0])
