"""Kanbo's storage layer: SQLite through `sqlite3`.

`dialect` holds every SQL statement and the connection settings, `schema`
runs the migrations, `repository` is the API the web layer uses, `events`
the per-board event streams, and `passwords` the PBKDF2 password hashes."""

from .repository import Repository, open_repository
from .events import EventStore
