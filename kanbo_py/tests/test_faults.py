"""Faults, quick version (in CI; `fault_test.py` is the long one): the
server (`manage.py serve`, forked) is killed with SIGKILL in the middle of
a pipelined burst of card moves and restarted on the same database; the
database opens cleanly, every acknowledged move is there and the order is
a valid total order (tests/faultkit.py explains the exact check). And
SIGTERM: a request whose body is still arriving is read and answered,
idle keep-alive connections are closed, and the process exits 0; a
SIGTERM while forked workers start stops every one of them."""

import json
import os
import random
import signal
import socket
import time
import unittest

from kanbo.web.server import serve
from tests import faultkit
from tests.support import TempDir

ROUNDS = 3


def _free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def fork_server(db, port):
    """`manage.py serve --port port --db db` in a forked child, its output
    sent to /dev/null; returns the pid."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            import manage

            code = manage.main(["serve", "--port", str(port), "--db", db])
        finally:
            os._exit(code if isinstance(code, int) else 1)
    return pid


class FaultTests(unittest.TestCase):
    def setUp(self):
        self.tmp = TempDir()
        self.db = self.tmp.file("faults.db")
        os.environ["KANBO_SECRET"] = "fault test secret"
        self.board_id = faultkit.make_database(self.db, 30)
        self.port = _free_port()
        self.pid = None

    def tearDown(self):
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
            os.waitpid(self.pid, 0)
        del os.environ["KANBO_SECRET"]
        self.tmp.cleanup()

    def start(self):
        self.pid = fork_server(self.db, self.port)

    def kill(self):
        os.kill(self.pid, signal.SIGKILL)
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        self.assertTrue(os.WIFSIGNALED(status))

    def test_sigkill_mid_burst_loses_no_acknowledged_move(self):
        rng = random.Random(8)
        self.start()
        faultkit.wait_for_server(self.port)
        total_acked = 0
        for _ in range(ROUNDS):
            problems, acked, applied = faultkit.one_round(self.start, self.kill, self.db, self.board_id, self.port, rng)
            self.assertEqual(problems, [])
            self.assertGreaterEqual(applied, acked)
            total_acked += acked
        self.assertGreater(total_acked, 0, "no move was acknowledged before a kill")

    def test_sigterm_answers_requests_in_flight_then_exits_0(self):
        self.start()
        faultkit.wait_for_server(self.port)
        session = faultkit.Session(self.port)
        _, before = faultkit.read_state(self.db, self.board_id)
        ids = sorted(before.keys())
        idle = session.connect()  # a keep-alive connection with nothing to do
        idle.sendall(session.raw("GET", "/api/me"))
        self.assertEqual(faultkit.parse_replies(idle.recv(65536))[0][0][0], 200)
        # a move whose body is still on its way when SIGTERM comes
        order = [ids[5], ids[0]]
        request = session.raw("POST", "/api/boards/%d/move" % self.board_id, session.move_body(order))
        half = len(request) - 5
        slow = session.connect()
        slow.sendall(request[:half])
        time.sleep(0.3)
        os.kill(self.pid, signal.SIGTERM)
        time.sleep(0.3)
        slow.sendall(request[half:])
        statuses = []
        data = b""
        slow.settimeout(10)
        while True:
            chunk = slow.recv(65536)
            if not chunk:
                break
            data += chunk
        slow.close()
        replies, _ = faultkit.parse_replies(data)
        self.assertEqual([r[0] for r in replies], [200])
        self.assertEqual(replies[0][1]["connection"], "close")
        self.assertTrue(json.loads(replies[0][2].decode("utf-8"))["success"])
        # the idle connection was closed without an answer
        idle.settimeout(10)
        self.assertEqual(idle.recv(65536), b"")
        idle.close()
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        self.assertTrue(os.WIFEXITED(status))
        self.assertEqual(os.WEXITSTATUS(status), 0)
        _, after = faultkit.read_state(self.db, self.board_id)
        self.assertEqual(after, faultkit.apply_moves(before, [order]))
        session.close()


def _hello(request):
    from kanbo.web.http import Response

    return Response("hello", 200, "text/plain")


class WorkerStartupSignalTests(unittest.TestCase):
    def test_sigterm_while_workers_start_stops_them_all(self):
        # A SIGTERM that reaches a worker between its fork and its own
        # handlers, or the parent between a fork and its list of workers,
        # used to be lost: that worker served on and the parent waited for
        # it forever. Signals at staggered moments of the startup.
        for delay in (0.0, 0.0005, 0.001, 0.002, 0.004, 0.008, 0.015, 0.03, 0.06):
            port = _free_port()
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    code = serve(lambda: _hello, "127.0.0.1", port, workers=3)
                finally:
                    os._exit(code)
            time.sleep(delay)
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 15
            status = None
            while time.monotonic() < deadline:
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                time.sleep(0.01)
            else:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                self.fail("the server did not stop after SIGTERM %.4f s into its start" % delay)
            # exit 0, or killed by the signal before it installed its handlers
            self.assertTrue(
                (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0)
                or (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM),
                (delay, status),
            )
            # no worker is left holding the port
            deadline = time.monotonic() + 5
            while True:
                probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                try:
                    probe.connect(("127.0.0.1", port))
                except OSError:
                    probe.close()
                    break
                probe.close()
                if time.monotonic() > deadline:
                    self.fail("a worker still serves after SIGTERM %.4f s into the start" % delay)
                time.sleep(0.05)


if __name__ == "__main__":
    unittest.main()
