"""The fault-injection kit shared by tests/test_faults.py (quick, in CI,
server processes forked) and fault_test.py (long, real interpreter
processes started by a CPython driver): a database with one board, a
logged-in HTTP client, a pipelined burst of card moves cut short by
SIGKILL, and the checks after a restart.

The check is exact. The moves of a burst go down one connection, so the
server applies them in order, each in its own transaction, and answers
each after its commit. If the client has read n answers when the server
dies, the database must hold the board as it was before the burst with
moves[:j] applied (by `ordering.rearrange`, the same rule the server
uses) for some j >= n: every acknowledged move is there, and of the
unacknowledged ones only a prefix (committed before the answer went out).
The order must also be a valid total order: every card once, the same
cards as before, successor links that form no cycle."""

import json
import random
import socket
import time

from kanbo.ordering import rearrange
from kanbo.storage import open_repository

PASSWORD = "fault-tolerant"
OWNER = "faulty"
BOARD = "burst"


def make_database(path, cards):
    """A database at `path` with user OWNER and board BOARD holding `cards`
    cards in one chain. Returns the board id."""
    repo = open_repository(path)
    user = repo.create_user(OWNER, "Fault Tester", PASSWORD, password_iterations=1000)
    board = repo.create_board(user, BOARD, "cards moved under fire")
    ids = [repo.create_card(board, "Card %d" % (i + 1)).id for i in range(cards)]
    repo.rearrange_cards(board, ids + [None])
    repo.rearrange_cards(board, ids)
    board_id = board.id
    repo.close()
    return board_id


def read_state(path, board_id):
    """(integrity_check result, {card id: succ id or None}) of the board,
    read straight from the SQLite file."""
    repo = open_repository(path)
    try:
        integrity = repo.db.one("PRAGMA integrity_check")[0]
        succ = {}
        for card_id, succ_id in repo.db.all("SELECT id, succ_id FROM cards WHERE board_id = ? ORDER BY id", (board_id,)):
            succ[card_id] = succ_id
    finally:
        repo.close()
    return integrity, succ


def apply_moves(succ, moves):
    """`succ` with `moves` (lists of ids, None for the end) applied."""
    succ = dict(succ)
    for order in moves:
        for card_id, new in rearrange(succ, order).items():
            succ[card_id] = new
    return succ


def order_problems(succ, expected_ids):
    """What is wrong with the order of `succ` (a list of sentences; empty
    if it is a valid total order over exactly `expected_ids`)."""
    problems = []
    ids = sorted(succ.keys())
    if ids != sorted(expected_ids):
        lost = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        problems.append("cards lost %r, cards added %r" % (lost[:10], extra[:10]))
    indeg = dict([(i, 0) for i in ids])
    for i in ids:
        s = succ[i]
        if s is not None:
            if s not in indeg:
                problems.append("card %d points at %r, not a card of the board" % (i, s))
            else:
                indeg[s] += 1
    ready = [i for i in ids if indeg[i] == 0]
    seen = 0
    while ready:
        i = ready.pop()
        seen += 1
        s = succ[i]
        if s is not None and s in indeg:
            indeg[s] -= 1
            if indeg[s] == 0:
                ready.append(s)
    if seen != len(ids):
        problems.append("%d cards are on successor cycles" % (len(ids) - seen))
    return problems


def random_moves(rng, ids, count):
    """`count` moves as the UI sends them: [dropped, next] or [dropped, None]."""
    moves = []
    for _ in range(count):
        dropped = rng.choice(ids)
        if rng.random() < 0.2:
            moves.append([dropped, None])
        else:
            other = rng.choice(ids)
            while other == dropped:
                other = rng.choice(ids)
            moves.append([dropped, other])
    return moves


# ----- HTTP


def parse_replies(data):
    """(replies, rest): the whole responses at the start of `data`, each
    (status, headers dict, body bytes)."""
    replies = []
    while True:
        end = data.find(b"\r\n\r\n")
        if end < 0:
            break
        lines = data[:end].decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        if len(data) < end + 4 + length:
            break
        replies.append((int(lines[0].split(" ")[1]), headers, data[end + 4 : end + 4 + length]))
        data = data[end + 4 + length :]
    return replies, data


def wait_for_server(port, timeout=30.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Session:
    """A logged-in client of the server on `port` (one keep-alive socket
    for `request`, cookie and CSRF token kept)."""

    def __init__(self, port, username=OWNER, password=PASSWORD):
        self.port = port
        self.cookie = ""
        self.sock = None
        self.buffer = b""
        me = self.request("GET", "/api/me")
        token = json.loads(me[2].decode("utf-8"))["csrf_token"]
        form = "username=%s&password=%s&csrf_token=%s" % (username, password.replace(" ", "+"), token)
        status = self.request("POST", "/hello/login-form", form.encode("ascii"), "application/x-www-form-urlencoded")[0]
        if status != 302:
            raise AssertionError("login failed with %d" % status)
        me = self.request("GET", "/api/me")
        data = json.loads(me[2].decode("utf-8"))
        if data["user"] is None:
            raise AssertionError("not logged in after the login form")
        self.csrf = data["csrf_token"]

    def raw(self, method, path, body=b"", content_type="application/json"):
        lines = ["%s %s HTTP/1.1" % (method, path), "Host: fault", "Cookie: " + self.cookie]
        if method != "GET":
            lines.append("Content-Type: " + content_type)
            lines.append("Content-Length: %d" % len(body))
            if getattr(self, "csrf", None):
                lines.append("X-CSRF-Token: " + self.csrf)
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=30)
        return sock

    def request(self, method, path, body=b"", content_type="application/json"):
        if self.sock is None:
            self.sock = self.connect()
            self.buffer = b""
        self.sock.sendall(self.raw(method, path, body, content_type))
        while True:
            replies, rest = parse_replies(self.buffer)
            if replies:
                self.buffer = rest
                reply = replies[0]
                cookie = reply[1].get("set-cookie")
                if cookie:
                    self.cookie = cookie.split(";")[0]
                if reply[1].get("connection") == "close":
                    self.close()
                return reply
            chunk = self.sock.recv(65536)
            if not chunk:
                raise AssertionError("the server closed the connection")
            self.buffer += chunk

    def close(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def move_body(self, order):
        return json.dumps({"order": order}).encode("ascii")

    def send_burst(self, board_id, moves):
        """Sends every move down one new connection (pipelined) and
        returns the socket; `collect_acks` reads the answers later."""
        sock = self.connect()
        data = b"".join([self.raw("POST", "/api/boards/%d/move" % board_id, self.move_body(m)) for m in moves])
        sock.setblocking(False)
        sent = 0
        deadline = time.monotonic() + 10
        while sent < len(data) and time.monotonic() < deadline:
            try:
                sent += sock.send(data[sent:])
            except BlockingIOError:
                time.sleep(0.001)
        sock.setblocking(True)
        return sock


def collect_acks(sock, timeout=5.0):
    """The statuses of the whole answers on `sock` (read until the server
    side is gone or `timeout`)."""
    data = b""
    sock.settimeout(timeout)
    while True:
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, ConnectionResetError):
            break
        if not chunk:
            break
        data += chunk
    sock.close()
    replies, _ = parse_replies(data)
    return [r[0] for r in replies]


def check_after_crash(path, board_id, before, moves, acked):
    """Problems (a list of sentences; empty when all is well) with the board
    in the database at `path` after a crash: `before` is the succ map
    before the burst, `moves` the burst, `acked` how many were answered."""
    integrity, after = read_state(path, board_id)
    problems = []
    if integrity != "ok":
        problems.append("integrity_check: %s" % integrity)
    problems.extend(order_problems(after, list(before.keys())))
    state = apply_moves(before, moves[:acked])
    applied = None
    for j in range(acked, len(moves) + 1):
        if state == after:
            applied = j
            break
        if j < len(moves):
            state = apply_moves(state, [moves[j]])
    if applied is None:
        problems.append("the board is not the board before the burst with %d..%d of its %d moves applied" % (acked, len(moves), len(moves)))
    return problems, applied


def one_round(start_server, kill_server, path, board_id, port, rng, burst=60):
    """One fault: a running server (started by `start_server()`), a burst of
    `burst` moves (a random number of them sent one at a time, the rest
    pipelined), SIGKILL (`kill_server()`) after a random short
    delay, a restart on the same database and the checks, and a few moves
    on the restarted server. Returns (problems, acked, applied)."""
    _, before = read_state(path, board_id)
    ids = sorted(before.keys())
    session = Session(port)
    moves = random_moves(rng, ids, burst)
    # first some moves one at a time (each answered before the next goes),
    # then the rest pipelined, and the kill while they are being worked on
    sequential = rng.randrange(burst // 2)
    statuses = []
    for order in moves[:sequential]:
        statuses.append(session.request("POST", "/api/boards/%d/move" % board_id, session.move_body(order))[0])
    sock = session.send_burst(board_id, moves[sequential:])
    time.sleep(rng.random() * 0.02)
    kill_server()
    statuses.extend(collect_acks(sock))
    session.close()
    problems = []
    if any([s != 200 for s in statuses]):
        problems.append("a move was answered %r" % statuses)
    acked = len(statuses)
    start_server()
    wait_for_server(port)
    more, applied = check_after_crash(path, board_id, before, moves, acked)
    problems.extend(more)
    # the restarted server serves the board, in the database's order
    session = Session(port)
    status, _, body = session.request("GET", "/api/boards/%d/cards" % board_id)
    if status != 200:
        problems.append("GET cards after the restart: %d" % status)
    else:
        listed = [c["id"] for c in json.loads(body.decode("utf-8"))]
        if sorted(listed) != ids:
            problems.append("the restarted server lists %d cards, not the %d of the board" % (len(listed), len(ids)))
    status = session.request("POST", "/api/boards/%d/move" % board_id, session.move_body([ids[0], ids[1]]))[0]
    if status != 200:
        problems.append("a move on the restarted server: %d" % status)
    session.close()
    return problems, acked, applied
