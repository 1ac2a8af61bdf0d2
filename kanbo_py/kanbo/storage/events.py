"""Per-board event streams (KANBO.md §1.4), kept in the database.

Each board has a stream {next, start} that never expires and a list of
events (JSON text) that expires `ttl` seconds after the last append.
Appending to an empty or expired list first sets start := next; then the
event gets sequence number next and next += 1. Reading from seq gives the
events numbered seq.. and next; seq < start raises EventsExpired (a 410)."""

import json
import time

from . import dialect
from ..errors import EventsExpired

DEFAULT_TTL = 120.0


EVENT_TYPES = (
    "rearrange",  # {board, order (ids, null = end)} + {xaxis, yaxis, dropped, tags} for a drop
    "tags-arranged",  # {board, bag, order}
    "card-created",  # {board, card: {id, name, label, href, tags}}
    "cards-created",  # {board, cards: [...]}
    "card-edited",  # {board, card: {...}}
    "card-deleted",  # {board, card: id}
)


class EventStore:
    def __init__(self, db, ttl=DEFAULT_TTL, clock=time.time):
        self.db = db
        self.ttl = ttl
        self.clock = clock

    def _stream(self, board_id):
        row = self.db.one(dialect.STREAM_GET, (board_id,))
        if row is None:
            return None
        return row[0], row[1], row[2]

    def append(self, board_id, event):
        """Appends `event` (a JSON-able dict) to the board's stream and
        returns its sequence number. Joins the caller's transaction."""
        payload = json.dumps(event)
        now = self.clock()
        with self.db.transaction():
            stream = self._stream(board_id)
            if stream is None:
                next_seq = 0
                self.db.execute(dialect.STREAM_INSERT, (board_id, 0, 0, now + self.ttl))
                start = 0
            else:
                next_seq, start, expires_at = stream
                if expires_at <= now or start == next_seq:
                    self.db.execute(dialect.EVENTS_DROP, (board_id,))
                    start = next_seq
            self.db.execute(dialect.EVENT_INSERT, (board_id, next_seq, payload))
            self.db.execute(dialect.STREAM_UPDATE, (next_seq + 1, start, now + self.ttl, board_id))
        return next_seq

    def next_seq(self, board_id):
        stream = self._stream(board_id)
        return 0 if stream is None else stream[0]

    def read(self, board_id, seq):
        """(events, next): the JSON texts of the events numbered seq and
        later, and the number the next event will get."""
        stream = self._stream(board_id)
        if stream is None:
            next_seq, start = 0, 0
        else:
            next_seq, start, expires_at = stream
            if expires_at <= self.clock():
                start = next_seq
        if seq < start:
            raise EventsExpired(seq, start)
        if seq >= next_seq:
            return [], next_seq
        rows = self.db.all(dialect.EVENTS_FROM, (board_id, seq))
        return [r[0] for r in rows], next_seq

    def purge_expired(self):
        """Deletes the events of every expired stream (their numbers stay);
        returns how many were deleted."""
        return self.db.execute(dialect.EVENTS_PURGE, (self.clock(),)).rowcount

    def read_decoded(self, board_id, seq):
        """Like read, with the events decoded to dicts."""
        events, next_seq = self.read(board_id, seq)
        return [json.loads(e) for e in events], next_seq
