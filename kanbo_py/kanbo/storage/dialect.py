"""The SQL dialect: every SQL statement Kanbo issues, the schema
migrations, and how to connect. Only this module knows it talks to
SQLite; a PostgreSQL backend would be another class with the same names.

Placeholders are qmark (`?`); `IN` lists are built by `in_list`."""

import sqlite3

# Schema migrations: version -> statements. Never edit a released one;
# append a new version instead.
MIGRATIONS = [
    (
        1,
        [
            """CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL DEFAULT '',
                date_joined TEXT NOT NULL
            )""",
            """CREATE TABLE profiles (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
                nick TEXT NOT NULL DEFAULT '',
                image_url TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE accounts (
                user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
                password_hash TEXT NOT NULL
            )""",
            """CREATE TABLE boards (
                id INTEGER PRIMARY KEY,
                owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                is_public INTEGER NOT NULL DEFAULT 0,
                created TEXT NOT NULL,
                modified TEXT NOT NULL,
                UNIQUE (owner_id, name)
            )""",
            """CREATE TABLE access (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
                can_rearrange INTEGER NOT NULL DEFAULT 1,
                joined TEXT NOT NULL,
                UNIQUE (user_id, board_id)
            )""",
            "CREATE INDEX access_board ON access(board_id)",
            """CREATE TABLE bags (
                id INTEGER PRIMARY KEY,
                board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                UNIQUE (board_id, name)
            )""",
            """CREATE TABLE tags (
                id INTEGER PRIMARY KEY,
                bag_id INTEGER NOT NULL REFERENCES bags(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                succ_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,
                UNIQUE (bag_id, name),
                UNIQUE (id, bag_id)
            )""",
            "CREATE INDEX tags_succ ON tags(succ_id)",
            """CREATE TABLE cards (
                id INTEGER PRIMARY KEY,
                board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                label TEXT NOT NULL,
                href TEXT NOT NULL DEFAULT '',
                succ_id INTEGER REFERENCES cards(id) ON DELETE SET NULL,
                created TEXT NOT NULL,
                modified TEXT NOT NULL,
                UNIQUE (board_id, name)
            )""",
            "CREATE INDEX cards_succ ON cards(succ_id)",
            # One tag per bag: (card, bag) is the key; (tag, bag) must match tags.
            """CREATE TABLE card_tags (
                card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
                bag_id INTEGER NOT NULL,
                tag_id INTEGER NOT NULL,
                PRIMARY KEY (card_id, bag_id),
                FOREIGN KEY (tag_id, bag_id) REFERENCES tags(id, bag_id) ON DELETE CASCADE
            )""",
            "CREATE INDEX card_tags_tag ON card_tags(tag_id, bag_id)",
            """CREATE TABLE event_streams (
                board_id INTEGER PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
                next_seq INTEGER NOT NULL,
                start_seq INTEGER NOT NULL,
                expires_at REAL NOT NULL
            )""",
            """CREATE TABLE events (
                board_id INTEGER NOT NULL REFERENCES event_streams(board_id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (board_id, seq)
            )""",
        ],
    ),
    (
        2,
        [
            # Work-in-progress limits on column tags (NULL: none).
            "ALTER TABLE tags ADD COLUMN wip_limit INTEGER",
            "ALTER TABLE tags ADD COLUMN wip_hard INTEGER NOT NULL DEFAULT 0",
        ],
    ),
    (
        3,
        [
            # Private boards: readable only by the owner and members.
            "ALTER TABLE boards ADD COLUMN is_private INTEGER NOT NULL DEFAULT 0",
        ],
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]

# --- schema bookkeeping
VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
VERSION_GET = "SELECT version FROM schema_version"
VERSION_INSERT = "INSERT INTO schema_version (version) VALUES (?)"
VERSION_SET = "UPDATE schema_version SET version = ?"

# --- users and accounts
USER_COLS = "id, username, full_name, date_joined"
USER_INSERT = "INSERT INTO users (username, full_name, date_joined) VALUES (?, ?, ?)"
USER_BY_ID = "SELECT " + USER_COLS + " FROM users WHERE id = ?"
USER_BY_NAME = "SELECT " + USER_COLS + " FROM users WHERE username = ?"
USER_PREFIX = (
    "SELECT " + USER_COLS + " FROM users WHERE substr(username, 1, ?) = ? AND id != ? ORDER BY username LIMIT ?"
)
USER_EXISTS = "SELECT 1 FROM users WHERE username = ?"
PROFILE_UPSERT = (
    "INSERT INTO profiles (user_id, nick, image_url) VALUES (?, ?, ?) "
    "ON CONFLICT (user_id) DO UPDATE SET nick = excluded.nick, image_url = excluded.image_url"
)
PROFILE_GET = "SELECT id, user_id, nick, image_url FROM profiles WHERE user_id = ?"
ACCOUNT_UPSERT = (
    "INSERT INTO accounts (user_id, password_hash) VALUES (?, ?) "
    "ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash"
)
ACCOUNT_GET = "SELECT password_hash FROM accounts WHERE user_id = ?"

# --- boards
BOARD_COLS = "b.id, b.owner_id, b.name, b.label, b.is_public, b.created, b.modified, u.username, b.is_private"
BOARD_FROM = " FROM boards b JOIN users u ON u.id = b.owner_id"
BOARD_INSERT = (
    "INSERT INTO boards (owner_id, name, label, is_public, is_private, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
BOARD_BY_ID = "SELECT " + BOARD_COLS + BOARD_FROM + " WHERE b.id = ?"
BOARD_BY_NAME = "SELECT " + BOARD_COLS + BOARD_FROM + " WHERE u.username = ? AND b.name = ?"
BOARDS_OF_OWNER = "SELECT " + BOARD_COLS + BOARD_FROM + " WHERE b.owner_id = ? ORDER BY b.id"
BOARD_UPDATE = "UPDATE boards SET name = ?, label = ?, is_public = ?, is_private = ?, modified = ? WHERE id = ?"
BOARD_TOUCH = "UPDATE boards SET modified = ? WHERE id = ?"
BOARD_DELETE = "DELETE FROM boards WHERE id = ?"

# --- access
ACCESS_COLS = "id, user_id, board_id, can_rearrange, joined"
ACCESS_GET = "SELECT " + ACCESS_COLS + " FROM access WHERE user_id = ? AND board_id = ?"
ACCESS_INSERT = "INSERT INTO access (user_id, board_id, can_rearrange, joined) VALUES (?, ?, ?, ?)"
ACCESS_UPDATE = "UPDATE access SET can_rearrange = ? WHERE id = ?"
ACCESS_DELETE = "DELETE FROM access WHERE user_id = ? AND board_id = ?"
MEMBERS = (
    "SELECT u.id, u.username, u.full_name, u.date_joined, a.id, a.can_rearrange, a.joined "
    "FROM access a JOIN users u ON u.id = a.user_id WHERE a.board_id = ? ORDER BY u.username"
)

# --- bags
BAG_INSERT = "INSERT INTO bags (board_id, name) VALUES (?, ?)"
BAGS_OF_BOARD = "SELECT id, board_id, name FROM bags WHERE board_id = ? ORDER BY id"
BAG_BY_NAME = "SELECT id, board_id, name FROM bags WHERE board_id = ? AND name = ?"
BAG_BY_ID = "SELECT id, board_id, name FROM bags WHERE id = ?"
BAG_RENAME = "UPDATE bags SET name = ? WHERE id = ?"
BAG_DELETE = "DELETE FROM bags WHERE id = ?"
BAG_TAG_COUNTS = (
    "SELECT b.id, count(t.id) FROM bags b LEFT JOIN tags t ON t.bag_id = b.id WHERE b.board_id = ? GROUP BY b.id"
)

# --- tags
TAG_COLS = "t.id, t.bag_id, t.name, t.succ_id, b.name"
TAG_INSERT = "INSERT INTO tags (bag_id, name, succ_id) VALUES (?, ?, NULL)"
TAGS_OF_BAG = "SELECT " + TAG_COLS + " FROM tags t JOIN bags b ON b.id = t.bag_id WHERE t.bag_id = ? ORDER BY t.id"
TAGS_OF_BOARD = (
    "SELECT " + TAG_COLS + " FROM tags t JOIN bags b ON b.id = t.bag_id WHERE b.board_id = ? ORDER BY t.id"
)
TAG_BY_ID = "SELECT " + TAG_COLS + " FROM tags t JOIN bags b ON b.id = t.bag_id WHERE t.id = ?"
TAG_SUCCS_OF_BAG = "SELECT id, succ_id FROM tags WHERE bag_id = ? ORDER BY id"
TAG_SET_SUCC = "UPDATE tags SET succ_id = ? WHERE id = ?"
TAG_REPOINT = "UPDATE tags SET succ_id = ? WHERE succ_id = ?"
TAG_RENAME = "UPDATE tags SET name = ? WHERE id = ?"
TAG_DELETE = "DELETE FROM tags WHERE id = ?"
TAG_SET_WIP = "UPDATE tags SET wip_limit = ?, wip_hard = ? WHERE id = ?"
WIP_OF_BOARD = (
    "SELECT t.id, t.wip_limit, t.wip_hard FROM tags t JOIN bags b ON b.id = t.bag_id "
    "WHERE b.board_id = ? AND t.wip_limit IS NOT NULL"
)
WIP_OF_TAG = "SELECT wip_limit, wip_hard FROM tags WHERE id = ?"
TAG_TAIL_OF_BAG = "SELECT id FROM tags WHERE bag_id = ? AND succ_id IS NULL AND id != ? ORDER BY id DESC LIMIT 1"

# --- cards
CARD_COLS = "id, board_id, name, label, href, succ_id, created, modified"
CARD_INSERT = (
    "INSERT INTO cards (board_id, name, label, href, succ_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
CARD_INSERT_WITH_ID = (
    "INSERT INTO cards (id, board_id, name, label, href, succ_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
CARDS_OF_BOARD = "SELECT " + CARD_COLS + " FROM cards WHERE board_id = ? ORDER BY id"
CARD_BY_ID = "SELECT " + CARD_COLS + " FROM cards WHERE id = ?"
CARD_BY_NAME = "SELECT " + CARD_COLS + " FROM cards WHERE board_id = ? AND name = ?"
CARD_NAMES_OF_BOARD = "SELECT name FROM cards WHERE board_id = ?"
CARD_COUNT = "SELECT count(*) FROM cards WHERE board_id = ?"
CARD_SUCCS_OF_BOARD = "SELECT id, succ_id FROM cards WHERE board_id = ? ORDER BY id"
CARD_SET_SUCC = "UPDATE cards SET succ_id = ? WHERE id = ?"
CARD_REPOINT = "UPDATE cards SET succ_id = ? WHERE succ_id = ?"
CARD_UPDATE = "UPDATE cards SET name = ?, label = ?, href = ?, modified = ? WHERE id = ?"
CARD_DELETE = "DELETE FROM cards WHERE id = ?"
CARD_MAX_ID = "SELECT coalesce(max(id), 0) FROM cards"

# --- card tags
CARD_TAGS_OF_BOARD = (
    "SELECT ct.card_id, ct.tag_id FROM card_tags ct JOIN cards c ON c.id = ct.card_id "
    "WHERE c.board_id = ? ORDER BY ct.card_id, ct.bag_id"
)
CARD_TAGS_OF_CARD = "SELECT tag_id FROM card_tags WHERE card_id = ? ORDER BY bag_id"
CARD_TAG_SET = "INSERT OR REPLACE INTO card_tags (card_id, bag_id, tag_id) VALUES (?, ?, ?)"
CARD_TAG_REMOVE = "DELETE FROM card_tags WHERE card_id = ? AND tag_id = ?"
CARD_TAG_COUNT_OF_TAG = "SELECT count(*) FROM card_tags WHERE tag_id = ?"

# --- events
STREAM_GET = "SELECT next_seq, start_seq, expires_at FROM event_streams WHERE board_id = ?"
STREAM_INSERT = "INSERT INTO event_streams (board_id, next_seq, start_seq, expires_at) VALUES (?, ?, ?, ?)"
STREAM_UPDATE = "UPDATE event_streams SET next_seq = ?, start_seq = ?, expires_at = ? WHERE board_id = ?"
EVENT_INSERT = "INSERT INTO events (board_id, seq, payload) VALUES (?, ?, ?)"
EVENTS_FROM = "SELECT payload FROM events WHERE board_id = ? AND seq >= ? ORDER BY seq"
EVENTS_DROP = "DELETE FROM events WHERE board_id = ?"
EVENTS_PURGE = (
    "DELETE FROM events WHERE board_id IN (SELECT board_id FROM event_streams WHERE expires_at <= ?)"
)

BEGIN = "BEGIN IMMEDIATE"
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"

Error = sqlite3.Error
IntegrityError = sqlite3.IntegrityError


def connect(path, durable=True):
    """A connection to the database file `path` (":memory:" for a private
    in-memory one) in autocommit mode (the repository issues BEGIN and
    COMMIT itself), with WAL journaling and foreign keys on. `durable`
    False skips fsync (for throwaway databases such as the tests')."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    if path != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = " + ("NORMAL" if durable else "OFF"))
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def journal_mode(conn):
    return conn.execute("PRAGMA journal_mode").fetchone()[0]


def foreign_keys_on(conn):
    return conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def insert(conn, sql, params):
    """Runs an INSERT and returns the new row's id."""
    return conn.execute(sql, params).lastrowid


def is_unique_violation(exc):
    return isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in str(exc)


def in_list(n):
    """`(?, ?, ...)` with n placeholders."""
    return "(" + ", ".join(["?"] * n) + ")"
