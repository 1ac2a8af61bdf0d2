"""Database: one SQLite connection (WAL, foreign keys on) with the schema
migrated, and transactions as context managers. Nested `transaction()`
blocks join the outermost one, so one user action is one transaction."""

from . import dialect
from .schema import migrate


class Database:
    def __init__(self, path, durable=True):
        self.path = path
        self.conn = dialect.connect(path, durable)
        self.depth = 0
        self.query_count = 0  # statements run through this object
        migrate(self.conn)

    def transaction(self):
        return _Transaction(self)

    def execute(self, sql, params=()):
        self.query_count += 1
        return self.conn.execute(sql, params)

    def executemany(self, sql, rows):
        self.query_count += 1
        return self.conn.executemany(sql, rows)

    def one(self, sql, params=()):
        """The first row of a query, or None."""
        self.query_count += 1
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql, params=()):
        self.query_count += 1
        return self.conn.execute(sql, params).fetchall()

    def insert(self, sql, params):
        self.query_count += 1
        return dialect.insert(self.conn, sql, params)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class _Transaction:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        if self.db.depth == 0:
            self.db.conn.execute(dialect.BEGIN)
        self.db.depth += 1
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.depth -= 1
        if self.db.depth == 0:
            if exc_type is None:
                self.db.conn.execute(dialect.COMMIT)
            else:
                self.db.conn.execute(dialect.ROLLBACK)
        return False
