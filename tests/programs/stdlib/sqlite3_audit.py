"""Adversarial sqlite3 checks on real database files: DB-API subset, transactions, isolation levels, errors, Row."""
import os
import sqlite3

D = "_tmp_sqlite3_audit"
os.makedirs(D, exist_ok=True)
path = os.path.join(D, "a.db")
if os.path.exists(path):
    os.remove(path)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("module", sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety in (0, 1, 3), sqlite3.PARSE_DECLTYPES)
print("hier", issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error),
      issubclass(sqlite3.Error, Exception), issubclass(sqlite3.OperationalError, sqlite3.DatabaseError),
      issubclass(sqlite3.ProgrammingError, sqlite3.DatabaseError), issubclass(sqlite3.Warning, Exception),
      issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.DataError, sqlite3.DatabaseError),
      issubclass(sqlite3.NotSupportedError, sqlite3.DatabaseError))
con = sqlite3.connect(path)
t("isolation default", lambda: con.isolation_level)
con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, age INTEGER CHECK (age >= 0), score REAL DEFAULT 0.5, data BLOB)")
cur = con.execute("INSERT INTO users (name, age) VALUES (?, ?)", ("ann", 30))
t("lastrowid", lambda: (cur.lastrowid, cur.rowcount, con.in_transaction, con.total_changes))
cur = con.execute("INSERT INTO users (name, age) VALUES (:name, :age)", {"name": "bob", "age": 25})
t("named", lambda: cur.lastrowid)
cur = con.executemany("INSERT INTO users (name, age, data) VALUES (?, ?, ?)", [("cy", 40, b"\x01"), ("di", 0, None)])
t("executemany", lambda: (cur.rowcount, cur.lastrowid))
cur = con.executemany("INSERT INTO users (name, age) VALUES (:n, :a)", iter([{"n": "ed", "a": 1}]))
t("executemany named iter", lambda: cur.rowcount)
con.commit()
t("after commit", lambda: con.in_transaction)
t("integrity unique", lambda: con.execute("INSERT INTO users (name, age) VALUES ('ann', 1)"))
t("integrity notnull", lambda: con.execute("INSERT INTO users (name, age) VALUES (NULL, 1)"))
t("integrity check", lambda: con.execute("INSERT INTO users (name, age) VALUES ('zz', -1)"))
t("integrity pk", lambda: con.execute("INSERT INTO users (id, name) VALUES (1, 'dup')"))
t("operational", lambda: con.execute("SELECT * FROM nope"))
t("syntax", lambda: con.execute("SELEC 1"))
t("column", lambda: con.execute("SELECT nope FROM users"))
t("too few params", lambda: con.execute("SELECT ?, ?", (1,)))
t("too many params", lambda: con.execute("SELECT ?", (1, 2)))
t("missing named", lambda: con.execute("SELECT :a", {"b": 1}))
t("named with seq", lambda: con.execute("SELECT :a", (1,)).fetchall())
t("bad param type", lambda: con.execute("SELECT ?", ([1],)))
t("two statements", lambda: con.execute("SELECT 1; SELECT 2"))
t("empty sql", lambda: con.execute("").fetchall())
t("types", lambda: con.execute("SELECT 1, 1.5, 'x', NULL, x'00ff', 2 = 2, 9223372036854775807").fetchone())
t("bigint", lambda: con.execute("SELECT ?", (2 ** 63,)))
t("bool param", lambda: con.execute("SELECT ?, ?", (True, False)).fetchone())
t("bytes types", lambda: con.execute("SELECT ?", (bytearray(b"ab"),)).fetchone())
t("typeof", lambda: con.execute("SELECT typeof(?), typeof(?), typeof(?), typeof(?)", (1, 1.0, "s", b"b")).fetchone())
t("unicode", lambda: con.execute("SELECT ?, length(?)", ("héllo✓", "héllo✓")).fetchone())
t("description", lambda: con.execute("SELECT id AS ident, name FROM users").description)
t("description insert", lambda: con.execute("UPDATE users SET age = age WHERE id = -1").description)
cur = con.cursor()
cur.execute("SELECT id, name FROM users ORDER BY id")
t("fetchone", lambda: cur.fetchone())
t("fetchmany default", lambda: cur.fetchmany())
t("arraysize", lambda: (cur.arraysize, cur.fetchmany(2)))
t("fetchall rest", lambda: cur.fetchall())
t("fetch exhausted", lambda: (cur.fetchone(), cur.fetchall(), cur.fetchmany(3)))
cur.execute("SELECT name FROM users ORDER BY name DESC")
t("iter", lambda: [r for r in cur])
t("iter consumed", lambda: list(cur))
t("rowcount select", lambda: cur.execute("SELECT 1").rowcount)
t("rowcount update", lambda: con.execute("UPDATE users SET score = score + 1").rowcount)
t("rowcount delete none", lambda: con.execute("DELETE FROM users WHERE id > 100").rowcount)
con.commit()

# rollback and transactions
con.execute("INSERT INTO users (name) VALUES ('temp')")
t("in_transaction", lambda: con.in_transaction)
con.rollback()
t("rolled back", lambda: (con.in_transaction, con.execute("SELECT count(*) FROM users WHERE name = 'temp'").fetchone()))
with con:
    con.execute("INSERT INTO users (name) VALUES ('ctx')")
t("ctx committed", lambda: (con.in_transaction, con.execute("SELECT count(*) FROM users WHERE name='ctx'").fetchone()))
try:
    with con:
        con.execute("INSERT INTO users (name) VALUES ('ctx2')")
        con.execute("INSERT INTO users (name) VALUES ('ctx2')")
except sqlite3.IntegrityError as e:
    print("ctx rollback", e)
t("ctx2 gone", lambda: con.execute("SELECT count(*) FROM users WHERE name='ctx2'").fetchone())
t("ctx returns", lambda: (lambda: [c is con for c in [con.__enter__()]])())
con.__exit__(None, None, None)
# a second connection sees only committed data
con.execute("INSERT INTO users (name) VALUES ('pending')")
con2 = sqlite3.connect(path, timeout=0.1)
t("other sees", lambda: con2.execute("SELECT count(*) FROM users WHERE name='pending'").fetchone())
t("locked", lambda: con2.execute("INSERT INTO users (name) VALUES ('blocked')"))
con.commit()
t("other sees after commit", lambda: con2.execute("SELECT count(*) FROM users WHERE name='pending'").fetchone())
con2.close()

# isolation_level
con.isolation_level = None
t("autocommit", lambda: (con.isolation_level, con.execute("INSERT INTO users (name) VALUES ('auto')").lastrowid > 0, con.in_transaction))
con.execute("BEGIN")
t("manual begin", lambda: con.in_transaction)
con.execute("INSERT INTO users (name) VALUES ('manual')")
con.execute("ROLLBACK")
t("manual rollback", lambda: con.execute("SELECT count(*) FROM users WHERE name='manual'").fetchone())
con.isolation_level = "IMMEDIATE"
con.execute("INSERT INTO users (name) VALUES ('imm')")
t("immediate", lambda: (con.isolation_level, con.in_transaction))
con.commit()
t("bad isolation", lambda: setattr(con, "isolation_level", "BOGUS"))
t("bad isolation type", lambda: setattr(con, "isolation_level", 5))
con.isolation_level = ""
t("connect isolation", lambda: sqlite3.connect(path, isolation_level=None).isolation_level)

# row_factory
con.row_factory = sqlite3.Row
r = con.execute("SELECT id, name AS Name, age FROM users WHERE name = 'ann'").fetchone()
t("Row", lambda: (type(r).__name__, r["id"], r["name"], r["NAME"], r[1], r[-1], r.keys(), len(r), tuple(r), list(r)))
t("Row missing", lambda: r["nope"])
t("Row index", lambda: r[5])
t("Row slice", lambda: r[0:2])
t("Row eq", lambda: r == con.execute("SELECT id, name AS Name, age FROM users WHERE name = 'ann'").fetchone())
t("Row hash", lambda: hash(r) == hash(con.execute("SELECT id, name AS Name, age FROM users WHERE name = 'ann'").fetchone()))
t("Row dict", lambda: dict(zip(r.keys(), r)))
t("Row repr", lambda: repr(r).startswith("<sqlite3.Row object at"))
con.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
t("dict factory", lambda: con.execute("SELECT id, name FROM users WHERE id = 2").fetchone())
con.row_factory = None
cur = con.cursor()
cur.row_factory = lambda c, row: row[0]
t("cursor row_factory", lambda: cur.execute("SELECT name FROM users ORDER BY id LIMIT 2").fetchall())
con.text_factory = bytes
t("text_factory", lambda: con.execute("SELECT 'abc'").fetchone())
con.text_factory = lambda b: b.decode().upper()
t("text_factory func", lambda: con.execute("SELECT 'abc', 1, x'01'").fetchone())
con.text_factory = str

# executescript, close, misc
con.executescript("""
    CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v);
    INSERT OR REPLACE INTO kv VALUES ('a', 1);
    INSERT OR REPLACE INTO kv VALUES ('a', 2);
""")
t("executescript", lambda: con.execute("SELECT * FROM kv").fetchall())
t("executescript error", lambda: con.executescript("INSERT INTO kv VALUES ('b', 1); BAD SQL;"))
t("executescript partial", lambda: con.execute("SELECT count(*) FROM kv").fetchone())
t("upsert", lambda: con.execute("INSERT INTO kv VALUES ('a', 9) ON CONFLICT(k) DO UPDATE SET v = excluded.v").rowcount)
t("returning", lambda: con.execute("INSERT INTO kv VALUES ('r', 1) RETURNING k, v").fetchall())
t("complete_statement", lambda: (sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1")))
t("sqlite_version", lambda: sqlite3.sqlite_version.count(".") == 2)
t("cursor.connection", lambda: con.cursor().connection is con)
cur = con.cursor()
cur.close()
t("closed cursor", lambda: cur.execute("SELECT 1"))
con.commit()
con.close()
t("closed connection", lambda: con.execute("SELECT 1"))
t("closed cursor conn", lambda: con.cursor())
t("close twice", lambda: con.close())
t("commit closed", lambda: con.commit())
t("connect dir", lambda: sqlite3.connect(D))
t("connect missing dir", lambda: sqlite3.connect(os.path.join(D, "no", "x.db")))
mem = sqlite3.connect(":memory:")
t("memory", lambda: mem.execute("SELECT 1 + 1").fetchone())
t("total_changes", lambda: (mem.execute("CREATE TABLE z (a)"), mem.executemany("INSERT INTO z VALUES (?)", [(1,), (2,)]), mem.total_changes)[2])
t("iterdump-ish", lambda: mem.execute("SELECT sql FROM sqlite_master").fetchall())
mem.close()
for f in sorted(os.listdir(D)):
    os.remove(os.path.join(D, f))
os.rmdir(D)
print("cleaned", os.path.exists(D))
