"""manage.py commands run in-process on a temporary database: the demo
data of a fresh database, createuser, seed, export (JSON and CSV) and
import, and serve on a fresh database answering the demo grid (in a
forked child, stopped by SIGTERM)."""

import contextlib
import io
import json
import os
import signal
import socket
import time
import unittest

import manage
from kanbo.storage import open_repository

from tests.support import TempDir
from tests.webclient import parse_reply


def run(*argv):
    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = manage.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _read(path):
    if not os.path.exists(path):
        return ""
    with open(path) as f:
        return f.read()


class ManageTests(unittest.TestCase):
    def setUp(self):
        self.tmp = TempDir()
        self.db = self.tmp.file("m.db")

    def tearDown(self):
        self.tmp.cleanup()

    def test_createuser_seed_export_import(self):
        code, out, err = run("createuser", "zoe", "--password", "long enough", "--full-name", "Zoe Z", "--db", self.db)
        self.assertEqual((code, out), (0, "Created user zoe\n"))
        code, out, err = run("createuser", "zoe", "--password", "long enough", "--db", self.db)
        self.assertEqual(code, 1)
        self.assertIn("already taken", err)
        code, out, err = run("seed", "--cards", "30", "--owner", "zoe", "--name", "big", "--db", self.db)
        self.assertEqual((code, out), (0, "Seeded /zoe/big/ with 30 cards\n"))
        export = self.tmp.file("big.json")
        self.assertEqual(run("export", "zoe/big", "-o", export, "--db", self.db)[0], 0)
        with open(export) as f:
            data = json.load(f)
        self.assertEqual(len(data["cards"]), 30)
        code, out, err = run("import", export, "--owner", "zoe", "--name", "copy", "--db", self.db)
        self.assertEqual((code, out), (0, "Imported /zoe/copy/\n"))
        again = self.tmp.file("copy.json")
        run("export", "zoe/copy", "-o", again, "--db", self.db)
        with open(again) as f:
            copy = json.load(f)
        self.assertEqual(copy["cards"], data["cards"])
        code, out, err = run("export", "zoe/big", "--csv", "--db", self.db)
        self.assertEqual(code, 0)
        self.assertEqual(len(out.strip().splitlines()), 31)

    def test_seed_on_fresh_database_makes_demo_first(self):
        code, out, err = run("seed", "--cards", "5", "--db", self.db)
        self.assertEqual((code, out), (0, "Seeded /demo/seed-5/ with 5 cards\n"))
        repo = open_repository(self.db)
        self.assertEqual(repo.get_board_by_id(1).name, "demo")
        self.assertIsNotNone(repo.authenticate(manage.DEMO_USER, manage.DEMO_PASSWORD))
        repo.close()
        for name in os.listdir(self.tmp.path):
            if name.endswith(".secret"):
                self.fail("only serve makes a secret")

    def test_serve_fresh_database_answers_demo_grid(self):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        log = self.tmp.file("serve.log")
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                with open(log, "w") as out:
                    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                        code = manage.main(["serve", "--port", str(port), "--db", self.db])
            finally:
                os._exit(code)
        try:
            reply = None
            deadline = time.monotonic() + 30
            while reply is None and time.monotonic() < deadline:
                try:
                    sock = socket.create_connection(("127.0.0.1", port))
                except OSError:
                    time.sleep(0.05)
                    continue
                sock.sendall(b"GET /demo/demo/grids/state/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                data = b""
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                sock.close()
                reply = parse_reply(data)[0]
            self.assertIsNotNone(reply, "no answer; log: %r" % _read(log))
            self.assertEqual(reply.status, 200)
            self.assertIn('id="untagged-bin"', reply.text)
        finally:
            os.kill(pid, signal.SIGTERM)
            _, status = os.waitpid(pid, 0)
        self.assertEqual(os.waitstatus_to_exitcode(status), 0)
        text = _read(log)
        self.assertIn("log in as demo with password", text)
        self.assertIn("http://localhost:%d/" % port, text)
