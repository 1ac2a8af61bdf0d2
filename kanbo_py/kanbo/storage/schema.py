"""The migration runner: brings a database to dialect.SCHEMA_VERSION by
applying, each in its own transaction, the migrations newer than the
version recorded in the `schema_version` table."""

from . import dialect


class SchemaTooNew(Exception):
    """The database was written by a newer Kanbo."""


def current_version(conn):
    conn.execute(dialect.VERSION_TABLE)
    row = conn.execute(dialect.VERSION_GET).fetchone()
    return 0 if row is None else row[0]


def migrate(conn, migrations=None):
    """Applies the pending migrations; returns the list of versions
    applied. `conn` must be in autocommit mode (see dialect.connect)."""
    if migrations is None:
        migrations = dialect.MIGRATIONS
    version = current_version(conn)
    newest = migrations[-1][0] if migrations else 0
    if version > newest:
        raise SchemaTooNew("database schema version %d is newer than this Kanbo's (%d)" % (version, newest))
    applied = []
    for number, statements in migrations:
        if number <= version:
            continue
        conn.execute(dialect.BEGIN)
        try:
            for statement in statements:
                conn.execute(statement)
            if version == 0 and not applied:
                conn.execute(dialect.VERSION_INSERT, (number,))
            else:
                conn.execute(dialect.VERSION_SET, (number,))
            conn.execute(dialect.COMMIT)
        except BaseException:
            conn.execute(dialect.ROLLBACK)
            raise
        applied.append(number)
    return applied
