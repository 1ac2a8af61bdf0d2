"""sqlite3: the DB-API 2.0 interface (Connection, Cursor, Row, the exception
classes) over the native `_sqlite3` module, which runs SQLite itself.
Transactions follow CPython 3.11: with an isolation_level (default "", i.e.
deferred), an INSERT/UPDATE/DELETE/REPLACE outside a transaction first issues
an implicit BEGIN; with isolation_level None the connection autocommits."""

import _sqlite3

sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple([int(x) for x in sqlite_version.split(".")])
version = "2.6.0"
version_info = (2, 6, 0)
apilevel = "2.0"
threadsafety = 1
paramstyle = "qmark"
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
Binary = bytes
complete_statement = _sqlite3.complete_statement


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


_DML = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _skip_leading(sql):
    # Skips whitespace and comments before the first keyword.
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c in " \t\r\n\f":
            i += 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            if j < 0:
                return ""
            i = j + 1
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                return ""
            i = j + 2
        else:
            break
    return sql[i:]


def _is_dml(sql):
    head = _skip_leading(sql)[:7].upper()
    for kw in _DML:
        if head.startswith(kw):
            return True
    return False


class Row:
    """A result row indexable by position and (case-insensitively) by column name."""
    __piepie_tp_name__ = "sqlite3.Row"

    def __init__(self, cursor, values):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if not isinstance(values, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s"
                            % type(values).__name__)
        desc = cursor.description
        self._keys = [d[0] for d in desc] if desc else []
        self._values = values

    def keys(self):
        return list(self._keys)

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __getitem__(self, key):
        if isinstance(key, str):
            low = key.lower()
            for i, k in enumerate(self._keys):
                if k.lower() == low:
                    return self._values[i]
            raise IndexError("No item with that key")
        if not isinstance(key, (int, slice)):
            raise IndexError("Index must be int or string")
        return self._values[key]

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._keys == other._keys and self._values == other._values

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash(tuple(self._keys)) ^ hash(self._values)


class Cursor:
    """A cursor: execute()/executemany()/executescript() and the fetch methods."""
    __piepie_tp_name__ = "sqlite3.Cursor"

    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.description = None
        self.lastrowid = None
        self.rowcount = -1
        self.row_factory = connection.row_factory
        self._rows = []
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def close(self):
        self._closed = True
        self._rows = []
        self._pos = 0

    def _run(self, sql, params):
        conn = self.connection
        if conn.isolation_level is not None and _is_dml(sql) and not conn.in_transaction:
            _sqlite3.execute(conn._h, "BEGIN " + conn.isolation_level, None)
        return _sqlite3.execute(conn._h, sql, params)

    def execute(self, sql, parameters=()):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s"
                            % type(sql).__name__)
        self._rows = []
        self._pos = 0
        self.rowcount = -1
        self.description = None
        if not sql.strip():
            # CPython runs nothing for an empty statement.
            return self
        rows, cols, lastrowid, changes = self._run(sql, parameters)
        tf = self.connection.text_factory
        if tf is not str and rows:
            rows = [tuple([tf(v.encode()) if type(v) is str else v for v in row])
                    for row in rows]
        self._set_description(cols)
        if _is_dml(sql):
            self.rowcount = changes
        self.lastrowid = lastrowid
        self._rows = rows
        return self

    def _set_description(self, cols):
        if cols is None:
            self.description = None
        else:
            self.description = tuple([(c, None, None, None, None, None, None)
                                      for c in cols])

    def executemany(self, sql, seq_of_parameters):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s"
                            % type(sql).__name__)
        self._rows = []
        self._pos = 0
        self.description = None
        dml = _is_dml(sql)
        if not dml and _skip_leading(sql)[:6].upper() == "SELECT":
            raise ProgrammingError("executemany() can only execute DML statements.")
        self.rowcount = 0 if dml else -1
        for params in seq_of_parameters:
            rows, cols, lastrowid, changes = self._run(sql, params)
            if dml:
                self.rowcount += changes
            self._set_description(cols)
        return self

    def executescript(self, sql_script):
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        conn = self.connection
        if conn.in_transaction:
            _sqlite3.execute(conn._h, "COMMIT", None)
        _sqlite3.executescript(conn._h, sql_script)
        self._rows = []
        self._pos = 0
        self.description = None
        return self

    def _make(self, values):
        factory = self.row_factory
        if factory is None:
            return values
        return factory(self, values)

    def fetchone(self):
        self._check()
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        return self._make(row)

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        if size <= 0:
            # CPython's loop never reaches a count of 0: everything left.
            size = len(self._rows)
        out = []
        while len(out) < size and self._pos < len(self._rows):
            out.append(self._make(self._rows[self._pos]))
            self._pos += 1
        return out

    def fetchall(self):
        self._check()
        out = []
        while self._pos < len(self._rows):
            out.append(self._make(self._rows[self._pos]))
            self._pos += 1
        return out

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


class Connection:
    """A database connection: cursor(), execute*(), commit(), rollback(),
    close(), and use as a context manager (commit or roll back)."""
    __piepie_tp_name__ = "sqlite3.Connection"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0,
                 isolation_level="", check_same_thread=True, factory=None,
                 cached_statements=128, uri=False):
        self._h = None
        self._h = _sqlite3.open(database, timeout)
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str

    def _check(self):
        if self._h is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is not None:
            if not isinstance(value, str):
                raise TypeError("isolation_level must be str or None")
            if value.upper() not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
                raise ValueError("isolation_level string must be '', 'DEFERRED', "
                                 "'IMMEDIATE', or 'EXCLUSIVE'")
        elif self._h is not None and self.in_transaction:
            self.commit()
        self._isolation_level = value

    @property
    def in_transaction(self):
        self._check()
        return _sqlite3.in_transaction(self._h)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._h)

    def cursor(self, factory=None):
        self._check()
        if factory is None:
            return Cursor(self)
        return factory(self)

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if _sqlite3.in_transaction(self._h):
            _sqlite3.execute(self._h, "COMMIT", None)

    def rollback(self):
        self._check()
        if _sqlite3.in_transaction(self._h):
            _sqlite3.execute(self._h, "ROLLBACK", None)

    def interrupt(self):
        """Abort any running query. piepie has one thread and runs each
        statement to completion, so no query is running when this is
        called (as when CPython's is called between statements)."""
        self._check()

    def close(self):
        if self._h is not None:
            h = self._h
            self._h = None
            _sqlite3.close(h)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, deterministic=False):
        raise NotSupportedError("create_function() is not supported by piepie's sqlite3")


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=None, cached_statements=128,
            uri=False):
    if factory is not None and factory is not Connection:
        return factory(database, timeout, detect_types, isolation_level,
                       check_same_thread, None, cached_statements, uri)
    return Connection(database, timeout, detect_types, isolation_level,
                      check_same_thread, None, cached_statements, uri)
