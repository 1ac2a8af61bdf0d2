"""A thread-free HTTP test client: it talks to a real `Server` on a
loopback port over real sockets, and runs the server's select loop one
step at a time (`Server.step`) while it waits for the answer. Also the
fixture of the web tests: users alice (owner), bob (collaborator), dick
(read-only), charley (stranger), alice's private board `derp` and public
board `pub`."""

import re
import socket
import time
import unittest
import urllib.parse

from kanbo.web.app import App
from kanbo.web.server import Server
from kanbo.storage import open_repository

from tests.support import TempDir

PASSWORD = "correct horse"


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # list of (lowercased name, value)
        self.body = body
        self.text = body.decode("utf-8", "replace")

    def header(self, name):
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def json(self):
        import json

        return json.loads(self.text)

    def __repr__(self):
        return "Reply(%d, %r)" % (self.status, self.text[:200])


def parse_reply(data, head_only=False):
    """(Reply, rest) if `data` holds a whole response, else None."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return None
    lines = data[:end].decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = []
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip().lower(), value.strip()))
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if head_only:
        length = 0
    if len(data) < end + 4 + length:
        return None
    return Reply(status, headers, data[end + 4 : end + 4 + length]), data[end + 4 + length :]


class Connection:
    """One client connection; `send` raw bytes, `receive` one reply."""

    def __init__(self, server):
        self.server = server
        self.sock = socket.create_connection(server.address)
        self.sock.setblocking(False)
        self.buffer = b""
        self.closed = False

    def send(self, data):
        self.sock.setblocking(True)
        self.sock.sendall(data)
        self.sock.setblocking(False)

    def _pump(self):
        self.server.step(0.005)
        try:
            data = self.sock.recv(65536)
        except BlockingIOError:
            return
        except ConnectionResetError:
            self.closed = True
            return
        if not data:
            self.closed = True
        self.buffer += data

    def receive(self, head_only=False, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            parsed = parse_reply(self.buffer, head_only)
            if parsed is not None:
                reply, self.buffer = parsed
                return reply
            if self.closed:
                raise AssertionError("connection closed before a whole reply: %r" % self.buffer[:200])
            self._pump()
        raise AssertionError("no reply within %s s" % timeout)

    def wait_closed(self, timeout=5.0):
        deadline = time.monotonic() + timeout
        while not self.closed and time.monotonic() < deadline:
            self._pump()
        return self.closed

    def close(self):
        self.sock.close()


class Client:
    """Requests with a cookie jar, like a browser session."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}
        self.conn = None

    def raw_request(self, method, path, body=b"", headers=None):
        lines = ["%s %s HTTP/1.1" % (method, path), "Host: test"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(["%s=%s" % kv for kv in self.cookies.items()]))
        for name, value in (headers or {}).items():
            lines.append("%s: %s" % (name, value))
        if body or method in ("POST", "PUT", "PATCH"):
            lines.append("Content-Length: %d" % len(body))
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body

    def request(self, method, path, body=b"", headers=None):
        if self.conn is None or self.conn.closed:
            self.conn = Connection(self.server)
        self.conn.send(self.raw_request(method, path, body, headers))
        reply = self.conn.receive(head_only=(method == "HEAD"))
        for key, value in reply.headers:
            if key == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        if (reply.header("connection") or "").lower() == "close":
            self.conn.close()
            self.conn = None
        return reply

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, fields=None, csrf=True, headers=None):
        fields = dict(fields or {})
        if csrf and "csrf_token" not in fields:
            fields["csrf_token"] = self.csrf()
        body = urllib.parse.urlencode(fields).encode("utf-8")
        all_headers = {"Content-Type": "application/x-www-form-urlencoded"}
        all_headers.update(headers or {})
        return self.request("POST", path, body, all_headers)

    def send_json(self, method, path, data, csrf=True):
        import json

        headers = {"Content-Type": "application/json"}
        if csrf:
            headers["X-CSRF-Token"] = self.csrf()
        return self.request(method, path, json.dumps(data).encode("utf-8"), headers)

    def csrf(self):
        """The session's CSRF token, read from a page (fetching one first
        if this client has no session yet)."""
        reply = self.get("/api/me")
        return reply.json()["csrf_token"]

    def login(self, username, password=PASSWORD):
        reply = self.post("/hello/login-form", {"username": username, "password": password, "next": "/"})
        if reply.status != 302:
            raise AssertionError("login failed: %r" % reply)
        return reply

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class WebTestCase(unittest.TestCase):
    """A server with the web fixture on a fresh database."""

    event_options = {}

    def setUp(self):
        self.tmp = TempDir()
        self.repo = open_repository(self.tmp.file("kanbo.db"), durable=False, **self.event_options)
        repo = self.repo
        self.alice = repo.create_user("alice", "Alice Liddell", PASSWORD, password_iterations=1000)
        self.bob = repo.create_user("bob", "Robert McSob", PASSWORD, password_iterations=1000)
        self.dick = repo.create_user("dick", "", PASSWORD, password_iterations=1000)
        self.charley = repo.create_user("charley", "", PASSWORD, password_iterations=1000)
        self.board = repo.create_board(self.alice, "derp", "Alice's board")
        repo.set_access(self.board, self.bob, True)
        repo.set_access(self.board, self.dick, False)
        self.state = repo.get_bag(self.board, "state")
        self.tags = {}
        for tag in repo.tags(self.state):
            self.tags[tag.name] = tag
        self.cards = []
        for label in ("first", "second", "third"):
            self.cards.append(repo.create_card(self.board, "Card " + label))
        self.pub = repo.create_board(self.alice, "pub", "Public board", True)
        self.app = App(self.repo, "test secret")
        self.server = Server(self.app, "127.0.0.1", 0)
        self.clients = []

    def client(self):
        c = Client(self.server)
        self.clients.append(c)
        return c

    def tearDown(self):
        for c in self.clients:
            c.close()
        self.server.close()
        self.repo.close()
        self.tmp.cleanup()


def find_all(pattern, text):
    return re.findall(pattern, text)
