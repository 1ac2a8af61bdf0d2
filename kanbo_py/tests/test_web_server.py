"""The HTTP server over real loopback sockets: keep-alive and pipelining,
bad requests answered with 4xx while the server keeps serving, size
limits (413, 431), request timeouts (408), handler exceptions (500,
logged), static files with ETag/304, 404/405, and a forked server with
two workers stopped by SIGTERM."""

import os
import signal
import socket
import time
import unittest

from kanbo.web import server as server_module
from kanbo.web.http import Limits
from kanbo.web.outgoing import SEND_CHUNK, Outgoing
from kanbo.web.server import Server, serve
from kanbo.web.http import Response

from tests.support import LogCapture, free_port
from tests.webclient import Connection, WebTestCase, parse_reply


def hello_app(request):
    if request.path == "/boom":
        raise RuntimeError("kaboom")
    return Response("hello %s %s %d" % (request.method, request.path, len(request.body)), 200, "text/plain")


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class ServerProtocolTests(unittest.TestCase):
    def setUp(self):
        self.clock = FakeClock()
        self.server = Server(hello_app, "127.0.0.1", 0, limits=Limits(max_head=2048, max_body=1000), clock=self.clock)
        self.conns = []

    def tearDown(self):
        for c in self.conns:
            c.close()
        self.server.close()

    def connect(self):
        conn = Connection(self.server)
        self.conns.append(conn)
        return conn

    def assert_still_serving(self):
        conn = self.connect()
        conn.send(b"GET /ok HTTP/1.1\r\nHost: x\r\n\r\n")
        reply = conn.receive()
        self.assertEqual(reply.status, 200)
        self.assertEqual(reply.text, "hello GET /ok 0")

    def test_keep_alive_two_requests_on_one_connection(self):
        conn = self.connect()
        conn.send(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        first = conn.receive()
        self.assertEqual(first.header("connection"), "keep-alive")
        conn.send(b"POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
        second = conn.receive()
        self.assertEqual((first.text, second.text), ("hello GET /a 0", "hello POST /b 3"))
        self.assertEqual(len(self.server.connections), 1)

    def test_pipelined_requests_answered_in_order(self):
        conn = self.connect()
        conn.send(b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertEqual(conn.receive().text, "hello GET /1 0")
        self.assertEqual(conn.receive().text, "hello GET /2 0")

    def test_connection_close_is_honoured(self):
        conn = self.connect()
        conn.send(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = conn.receive()
        self.assertEqual(reply.header("connection"), "close")
        self.assertTrue(conn.wait_closed())

    def test_http10_closes_by_default(self):
        conn = self.connect()
        conn.send(b"GET / HTTP/1.0\r\n\r\n")
        self.assertEqual(conn.receive().status, 200)
        self.assertTrue(conn.wait_closed())

    def test_garbage_request_line_is_400_and_server_keeps_serving(self):
        conn = self.connect()
        conn.send(b"this is not http\r\n\r\n")
        reply = conn.receive()
        self.assertEqual(reply.status, 400)
        self.assertTrue(conn.wait_closed())
        self.assert_still_serving()

    def test_bad_headers_and_versions(self):
        for raw, status in (
            (b"GET / HTTP/1.1\r\n\r\n", 400),  # no Host
            (b"GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
            (b"GET nothing HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            (b"GET / HTTP/1.1\r\nHost: x\r\nbad header\r\n\r\n", 400),
            (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\n", 400),
            (b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 501),
        ):
            conn = self.connect()
            conn.send(raw)
            self.assertEqual(conn.receive().status, status, raw)
        self.assert_still_serving()

    def test_oversized_body_is_413(self):
        conn = self.connect()
        conn.send(b"POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n")
        reply = conn.receive()
        self.assertEqual(reply.status, 413)
        self.assertTrue(conn.wait_closed())
        self.assert_still_serving()

    def test_oversized_head_is_431(self):
        conn = self.connect()
        conn.send(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 3000 + b"\r\n\r\n")
        self.assertEqual(conn.receive().status, 431)
        self.assert_still_serving()

    def test_connections_beyond_the_limit_wait_in_the_backlog(self):
        self.server.limits.max_connections = 1
        first = self.connect()
        first.send(b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertEqual(first.receive().status, 200)
        second = self.connect()
        second.send(b"GET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        for _ in range(5):
            self.server.step(0.005)
        self.assertEqual(len(self.server.connections), 1)
        first.sock.close()
        first.closed = True
        self.assertEqual(second.receive().text, "hello GET /2 0")

    def test_unknown_method_is_501(self):
        conn = self.connect()
        conn.send(b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertEqual(conn.receive().status, 501)

    def test_slow_request_times_out_with_408(self):
        conn = self.connect()
        conn.send(b"GET / HTTP/1.1\r\nHo")
        for _ in range(5):
            self.server.step(0.005)
        self.clock.now += 60
        reply = conn.receive()
        self.assertEqual(reply.status, 408)
        self.assertTrue(conn.wait_closed())

    def test_idle_connection_is_closed(self):
        conn = self.connect()
        conn.send(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        conn.receive()
        self.clock.now += 60
        self.assertTrue(conn.wait_closed())
        self.assertEqual(len(self.server.connections), 0)

    def test_handler_exception_is_500_logged_and_server_keeps_serving(self):
        conn = self.connect()
        with LogCapture("kanbo.web.server") as log:
            conn.send(b"GET /boom HTTP/1.1\r\nHost: x\r\n\r\n")
            reply = conn.receive()
        self.assertEqual(reply.status, 500)
        self.assertIn("Internal Server Error", reply.text)
        self.assertTrue(any(["GET /boom" in m for m in log.messages]), log.messages)
        # the same connection still works
        conn.send(b"GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertEqual(conn.receive().text, "hello GET /after 0")

    def test_head_has_no_body(self):
        conn = self.connect()
        conn.send(b"HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /g HTTP/1.1\r\nHost: x\r\n\r\n")
        head = conn.receive(head_only=True)
        self.assertEqual((head.status, head.body), (200, b""))
        self.assertEqual(head.header("content-length"), str(len("hello HEAD /h 0")))
        self.assertEqual(conn.receive().text, "hello GET /g 0")


class RoutingAndStaticTests(WebTestCase):
    def test_unknown_path_is_404_page(self):
        reply = self.client().get("/no/such/thing/at/all")
        self.assertEqual(reply.status, 404)
        self.assertIn("404 Not Found", reply.text)

    def test_unknown_user_board_bag_card_are_404(self):
        c = self.client()
        for path in (
            "/nobody/",
            "/alice/nope/",
            "/alice/derp/bags/nope/",
            "/alice/derp/grids/nope/",
            "/alice/derp/grids/state;click/",
        ):
            self.assertEqual(c.get(path).status, 404, path)

    def test_wrong_method_is_405_with_allow(self):
        c = self.client()
        reply = c.request("DELETE", "/alice/derp/grids/state/", headers={"X-CSRF-Token": c.csrf()})
        self.assertEqual(reply.status, 405)
        self.assertEqual(reply.header("allow"), "GET")

    def test_static_files_have_etag_and_304(self):
        c = self.client()
        for name, kind in (("kanbo.css", "text/css"), ("board.js", "text/javascript")):
            reply = c.get("/static/" + name)
            self.assertEqual(reply.status, 200)
            self.assertTrue(reply.header("content-type").startswith(kind))
            self.assertIn("max-age", reply.header("cache-control"))
            etag = reply.header("etag")
            self.assertTrue(etag)
            again = c.get("/static/" + name, headers={"If-None-Match": etag})
            self.assertEqual((again.status, again.body), (304, b""))
        self.assertEqual(c.get("/static/missing.css").status, 404)


def _get_from(port, path):
    """GET `path` from a server that may still be starting; a Reply."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            sock = socket.create_connection(("127.0.0.1", port))
        except OSError:
            time.sleep(0.05)
            continue
        sock.sendall(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode("ascii"))
        data = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
        sock.close()
        return parse_reply(data)[0]
    return None


class ForkedServerTests(unittest.TestCase):
    def run_forked(self, workers, stop_signal):
        port = free_port()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = serve(lambda: hello_app, "127.0.0.1", port, workers=workers)
            finally:
                os._exit(code)
        try:
            reply = _get_from(port, "/x")
            self.assertIsNotNone(reply, "the forked server did not answer")
            self.assertEqual(reply.text, "hello GET /x 0")
        finally:
            os.kill(pid, stop_signal)
            _, status = os.waitpid(pid, 0)
        self.assertTrue(os.WIFEXITED(status))
        self.assertEqual(os.WEXITSTATUS(status), 0)

    def test_two_workers_serve_and_stop_on_sigterm(self):
        self.run_forked(2, signal.SIGTERM)

    def test_one_process_stops_on_sigint(self):
        self.run_forked(1, signal.SIGINT)


def big_app(request):
    """Answers /big/N with N bytes of a repeating pattern, anything else with a short text."""
    if request.path.startswith("/big/"):
        size = int(request.path[5:])
        pattern = b"0123456789abcdef"
        return Response((pattern * (size // 16 + 1))[:size], 200, "application/octet-stream")
    return Response("small", 200, "text/plain")


class OutgoingQueueTests(unittest.TestCase):
    def test_pieces_go_out_in_order_in_bounded_chunks(self):
        out = Outgoing()
        self.assertEqual((len(out), out.chunk()), (0, b""))
        out.append(b"head|")
        out.append(b"")
        body = bytes(range(256)) * (SEND_CHUNK // 100)
        out.append(body)
        self.assertEqual(len(out), 5 + len(body))
        sent = b""
        # the socket takes 3 bytes, then 7, then whatever it is offered
        for take in [3, 7] + [None] * 10:
            chunk = out.chunk()
            if not chunk:
                break
            self.assertLessEqual(len(chunk), SEND_CHUNK)
            n = len(chunk) if take is None else min(take, len(chunk))
            sent += chunk[:n]
            out.consume(n)
        self.assertEqual(sent, b"head|" + body)
        self.assertEqual((len(out), bool(out), out.chunk()), (0, False, b""))

    def test_clear(self):
        out = Outgoing()
        out.append(b"abc")
        out.consume(1)
        out.clear()
        self.assertEqual((len(out), out.chunk()), (0, b""))


class LargeAnswerTests(unittest.TestCase):
    def setUp(self):
        self.server = Server(big_app, "127.0.0.1", 0)
        self.conns = []

    def tearDown(self):
        for c in self.conns:
            c.close()
        self.server.close()

    def connect(self):
        conn = Connection(self.server)
        self.conns.append(conn)
        return conn

    def test_a_large_answer_arrives_whole_and_keep_alive_continues(self):
        conn = self.connect()
        size = 3 * 1024 * 1024 + 17
        conn.send(b"GET /big/%d HTTP/1.1\r\nHost: x\r\n\r\nGET /small HTTP/1.1\r\nHost: x\r\n\r\n" % size)
        reply = conn.receive(timeout=30)
        self.assertEqual(reply.status, 200)
        self.assertEqual(len(reply.body), size)
        self.assertEqual(reply.body[:20], b"0123456789abcdef0123")
        self.assertEqual(reply.body[-1:], b"0123456789abcdef"[(size - 1) % 16 : (size - 1) % 16 + 1])
        self.assertEqual(conn.receive().text, "small")

    def test_a_busy_server_does_not_take_a_reading_client_for_stalled(self):
        clock = FakeClock()
        server = Server(big_app, "127.0.0.1", 0, limits=Limits(idle_timeout=15.0), clock=clock)
        try:
            reader = Connection(server)
            stalled = Connection(server)
            for conn in (reader, stalled):
                conn.send(b"GET /big/8000000 HTTP/1.1\r\nHost: x\r\n\r\n")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and sum(c.served for c in server.connections.values()) < 2:
                server.step(0.01)
            # the reader takes what the kernel holds while the server is
            # busy elsewhere (no step) for longer than the idle timeout
            received = b""
            for _ in range(50):
                try:
                    received += reader.sock.recv(1 << 20)
                except BlockingIOError:
                    break
            self.assertGreater(len(received), 0)
            clock.now += 20.0
            server._expire()
            self.assertEqual(len(server.connections), 1, "the reading client was kept, the stalled one closed")
            reader.buffer = received
            reply = reader.receive(timeout=30)
            self.assertEqual(len(reply.body), 8000000)
            stalled.close()
        finally:
            server.close()

    def test_unsent_answers_of_all_connections_are_bounded(self):
        # Over the total budget, no request is read or answered until the
        # clients take what they asked for.
        saved = server_module.OUTBUF_TOTAL_HIGH
        server_module.OUTBUF_TOTAL_HIGH = 1 << 20
        try:
            hogs = [self.connect() for _ in range(3)]
            for hog in hogs:
                hog.send(b"GET /big/8000000 HTTP/1.1\r\nHost: x\r\n\r\n")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and sum(c.served for c in self.server.connections.values()) < 1:
                self.server.step(0.01)
            for _ in range(20):
                self.server.step(0.01)
            unsent = sum(len(c.outbuf) for c in self.server.connections.values())
            served = sum(c.served for c in self.server.connections.values())
            # one 8 MB answer (minus what the kernel buffers took) went over
            # the budget; the other two hogs' requests wait unread
            self.assertEqual(served, 1)
            self.assertGreater(unsent, 1 << 20)
            # once the clients read, everyone is answered
            for hog in hogs:
                reply = hog.receive(timeout=30)
                self.assertEqual(len(reply.body), 8000000)
            latecomer = self.connect()
            latecomer.send(b"GET /small HTTP/1.1\r\nHost: x\r\n\r\n")
            self.assertEqual(latecomer.receive().text, "small")
        finally:
            server_module.OUTBUF_TOTAL_HIGH = saved


if __name__ == "__main__":
    unittest.main()
