"""sqlite3 on real database files in a scratch folder: transactions, rollback, IntegrityError, Row, parameters, errors."""
import sqlite3, os

os.makedirs("_tmp_sqlite3_basics", exist_ok=True)
path = os.path.join("_tmp_sqlite3_basics", "test.db")
con = sqlite3.connect(path)
print(con.isolation_level == "", con.in_transaction)
cur = con.cursor()
cur.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT UNIQUE, n REAL, b BLOB)")
print(con.in_transaction)
cur.execute("INSERT INTO t (x, n, b) VALUES (?, ?, ?)", ("a", 1.5, b"\x00\x01"))
print(cur.lastrowid, cur.rowcount, con.in_transaction)
cur.executemany("INSERT INTO t (x, n) VALUES (?, ?)", [("b", 2), ("c", None)])
print(cur.rowcount)
con.commit()
print(con.in_transaction)
cur.execute("SELECT id, x, n, b FROM t ORDER BY id")
print(cur.description)
print(cur.fetchone())
print(cur.fetchall())
print(cur.fetchone())
cur.execute("INSERT INTO t (x) VALUES (:name)", {"name": "d"})
con.rollback()
print(con.execute("SELECT count(*) FROM t").fetchone())
try:
    con.execute("INSERT INTO t (x) VALUES ('a')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, isinstance(e, sqlite3.DatabaseError), isinstance(e, sqlite3.Error), e.sqlite_errorcode, e.sqlite_errorname)
try:
    con.execute("SELECT * FROM nope")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("SELEC 1")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
for sql, p in [("select ?", ([1],)), ("select ?", (1, 2)), ("select :x", {"y": 1}), ("select ?", {"x": 1}), ("select 1; select 2", ())]:
    try:
        con.execute(sql, p)
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)
con.rollback()
with con:
    con.execute("UPDATE t SET n = n * 2 WHERE n IS NOT NULL")
print(con.execute("SELECT x, n FROM t ORDER BY x").fetchall())
try:
    with con:
        con.execute("DELETE FROM t")
        raise ValueError("boom")
except ValueError:
    pass
print(con.execute("SELECT count(*) FROM t").fetchone()[0])
con.row_factory = sqlite3.Row
r = con.execute("SELECT id, x AS name FROM t WHERE id = 1").fetchone()
print(type(r).__name__, r[0], r["name"], r["NAME"], r.keys(), len(r), tuple(r))
for row in con.execute("SELECT x FROM t ORDER BY x DESC"):
    print(row["x"], end=" ")
print()
con.row_factory = None
cur = con.execute("SELECT x FROM t ORDER BY x")
print(cur.fetchmany(2), cur.fetchmany(5))
print(con.execute("SELECT 1, 2.5, 'text', x'ff00', NULL, 2*3").fetchone())
con.executescript("""
    CREATE TABLE u (k INTEGER);
    INSERT INTO u VALUES (1);
    INSERT INTO u VALUES (2);
""")
print(con.execute("SELECT sum(k) FROM u").fetchone(), con.total_changes > 0)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

con = sqlite3.connect(path, isolation_level=None)
con.execute("INSERT INTO u VALUES (10)")
print(con.in_transaction)
con2 = sqlite3.connect(path)
print(con2.execute("SELECT count(*) FROM u").fetchone())
con2.close()
con.close()
mem = sqlite3.connect(":memory:")
print(mem.execute("SELECT upper('abc') AS u").fetchone(), mem.execute("SELECT 1").description)
mem.close()
os.remove(path)
os.rmdir("_tmp_sqlite3_basics")
print(os.path.exists("_tmp_sqlite3_basics"))
