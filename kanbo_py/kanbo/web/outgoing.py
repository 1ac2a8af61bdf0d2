"""The unsent answer bytes of one connection.

A queue of byte strings and how much of the first one has been sent.
Queuing an answer does not copy it, and taking what the socket accepted
copies nothing; `chunk()` copies at most SEND_CHUNK bytes. (A single
`outbuf = outbuf[sent:]` byte string would copy the whole rest of a
multi-megabyte page after every partial send, and leave each copy as
garbage for the collector.)"""

SEND_CHUNK = 262144


class Outgoing:
    __slots__ = ("pieces", "offset", "size")

    def __init__(self):
        self.pieces = []
        self.offset = 0  # bytes of pieces[0] already sent
        self.size = 0  # unsent bytes in all

    def __len__(self):
        return self.size

    def append(self, data):
        if data:
            self.pieces.append(data)
            self.size += len(data)

    def chunk(self):
        """The next bytes to send (at most SEND_CHUNK of them)."""
        if not self.pieces:
            return b""
        first = self.pieces[0]
        if self.offset == 0 and len(first) <= SEND_CHUNK:
            return first
        return first[self.offset : self.offset + SEND_CHUNK]

    def consume(self, sent):
        """Drops the first `sent` bytes (what the socket took)."""
        self.size -= sent
        self.offset += sent
        while self.pieces and self.offset >= len(self.pieces[0]):
            self.offset -= len(self.pieces[0])
            self.pieces.pop(0)

    def clear(self):
        self.pieces = []
        self.offset = 0
        self.size = 0
