"""Benchmark (not a test): Kanbo on a seeded board (20,000 cards by default)
under CPython and piepie side by side.

    python3 kanbo_py/bench_server.py [--cards N] [--requests N]
                                     [--piepie PATH] [--python PATH]

Run it with CPython: it is the driver (it seeds the database, starts each
interpreter's server as a child process and is the HTTP client for both,
so the client's cost is the same on both sides). For each interpreter it
measures, with a warm server, request to last byte over `--requests`
requests:

* the grid page (`/demo/<board>/grids/state/`, 20,000 cards rendered),
* the JSON grid (`/api/boards/<id>/grid?spec=state`),
* a card move (`POST /api/boards/<id>/move`, logged in, one transaction
  and one event each),

and the raw domain work without sockets (`--inprocess`, run under the
interpreter itself: load the board, toposort, make_grid and render the
grid page's HTML through the app, best of five). Prints p50 and p99 (the
slowest of fewer than 100 requests) in milliseconds and the ratios."""

import argparse
import json
import os
import sys
import time

# The driver's modules (http.client, shutil, socket, subprocess, tempfile)
# are imported where the driver uses them: `--inprocess` runs under piepie,
# whose library has no subprocess or tempfile.

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

BOARD = "bench"
PASSWORD = "kanbo-demo"


def percentile(xs, p):
    xs = sorted(xs)
    k = min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))
    return xs[k]


def free_port():
    import socket

    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def seed(db, cards):
    """The demo user plus a board of `cards` cards, built by this (the
    driver's) interpreter."""
    import manage
    from kanbo.seed import seed_board
    from kanbo.storage import open_repository

    repo = open_repository(db)
    manage.ensure_demo(repo)
    owner = repo.get_user_by_name(manage.DEMO_USER)
    board = seed_board(repo, owner, BOARD, cards, is_public=True)
    board_id = board.id
    repo.close()
    return board_id


class Client:
    """Keep-alive HTTP client with the session cookie and CSRF token."""

    def __init__(self, port):
        import http.client

        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookie = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.conn.request(method, path, body=body, headers=headers)
        reply = self.conn.getresponse()
        data = reply.read()
        for name, value in reply.getheaders():
            if name.lower() == "set-cookie":
                self.cookie = value.split(";", 1)[0]
        return reply.status, data

    def login(self):
        status, data = self.request("GET", "/api/me")
        token = json.loads(data)["csrf_token"]
        form = "username=demo&password=%s&next=/&csrf_token=%s" % (PASSWORD, token)
        status, _ = self.request(
            "POST",
            "/hello/login-form",
            form.encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
        if status != 302:
            raise SystemExit("login failed with status %d" % status)
        status, data = self.request("GET", "/api/me")
        return json.loads(data)["csrf_token"]


def timed(client, n, method, path, body_of=None, headers=None):
    times = []
    for i in range(n):
        body = body_of(i) if body_of else None
        t0 = time.perf_counter()
        status, data = client.request(method, path, body, headers)
        times.append((time.perf_counter() - t0) * 1000.0)
        if status != 200:
            raise SystemExit("%s %s answered %d: %s" % (method, path, status, data[:200]))
    return times


def bench_server(command, db, board_id, requests):
    import socket
    import subprocess

    port = free_port()
    log = open(db + ".%d.log" % port, "w")
    proc = subprocess.Popen(
        command + [os.path.join(HERE, "manage.py"), "serve", "--port", str(port), "--db", db],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise SystemExit("the server did not start: see %s" % log.name)
                time.sleep(0.1)
        client = Client(port)
        csrf = client.login()
        grid_path = "/demo/%s/grids/state/" % BOARD
        json_path = "/api/boards/%d/grid?spec=state" % board_id
        status, data = client.request("GET", "/api/boards/%d/cards" % board_id)
        ids = [c["id"] for c in json.loads(data)]
        for path in (grid_path, json_path):  # warm-up
            timed(client, 2, "GET", path)
        results = {
            "grid page": timed(client, requests, "GET", grid_path),
            "JSON grid": timed(client, requests, "GET", json_path),
        }

        def move(i):
            # Alternately drop a card before another one and at the end.
            order = [ids[(7 * i) % len(ids)], ids[(13 * i + 1) % len(ids)] if i % 2 else None]
            return json.dumps({"order": order}).encode()

        headers = {"Content-Type": "application/json", "X-CSRF-Token": csrf}
        results["card move"] = timed(
            client, requests, "POST", "/api/boards/%d/move" % board_id, move, headers
        )
        return results
    finally:
        proc.terminate()
        proc.wait()
        log.close()


def inprocess(db, repeats=5):
    """Under the measured interpreter: the grid page rendered through the
    app, without sockets. Prints one JSON line of timings in ms."""
    import manage
    from kanbo.storage import open_repository
    from kanbo.web.app import App
    from kanbo.web.http import Request

    app = App(open_repository(db), manage.site_secret(db))
    path = "/demo/%s/grids/state/" % BOARD
    times = []
    size = 0
    for _ in range(repeats):
        request = Request("GET", path, "HTTP/1.1", {"host": "localhost"})
        t0 = time.perf_counter()
        response = app(request)
        times.append((time.perf_counter() - t0) * 1000.0)
        size = len(response.body)
    print(json.dumps({"grid page in-process": min(times), "bytes": size}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=20)
    default_piepie = os.path.join(os.path.dirname(HERE), "target", "release", "piepie")
    parser.add_argument("--piepie", default=os.environ.get("PIEPIE", default_piepie))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--inprocess", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inprocess:
        inprocess(args.inprocess)
        return 0
    import shutil
    import subprocess
    import tempfile

    tmp = tempfile.mkdtemp(prefix="kanbo-bench-")
    try:
        db = os.path.join(tmp, "bench.db")
        t0 = time.perf_counter()
        board_id = seed(db, args.cards)
        print("seeded %d cards in %.1f s (%s)" % (args.cards, time.perf_counter() - t0, db))
        impls = [("CPython", [args.python]), ("piepie", [args.piepie])]
        table = {}
        for name, command in impls:
            out = subprocess.run(
                command + [os.path.abspath(__file__), "--inprocess", db],
                capture_output=True,
                text=True,
            )
            if out.returncode != 0:
                raise SystemExit("%s --inprocess failed:\n%s" % (name, out.stderr))
            domain = json.loads(out.stdout.strip().splitlines()[-1])
            table[name] = bench_server(command, db, board_id, args.requests)
            table[name]["in-process"] = [domain["grid page in-process"]]
            print("%s done (grid page %d bytes)" % (name, domain["bytes"]))
        print()
        print("%d cards, %d requests each, warm servers; milliseconds" % (args.cards, args.requests))
        print("%-22s %10s %10s %10s %10s %9s" % ("", "CPython p50", "p99", "piepie p50", "p99", "speedup"))
        for key in ("grid page", "JSON grid", "card move", "in-process"):
            c, p = table["CPython"][key], table["piepie"][key]
            label = key if key != "in-process" else "render, no sockets"
            c50, p50 = percentile(c, 50), percentile(p, 50)
            print(
                "%-22s %10.1f %10.1f %10.1f %10.1f %8.2fx"
                % (label, c50, percentile(c, 99), p50, percentile(p, 99), c50 / p50)
            )
        print("(speedup: CPython p50 / piepie p50; above 1x piepie is faster)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
