"""Load test (not in CI): `wrk` against the real server on loopback, under
piepie and under CPython with the same number of worker processes.

    python3 kanbo_py/load_test.py [--cards 20000] [--duration 30]
        [--connections 64] [--workers 2] [--piepie PATH] [--python PATH]
        [--only piepie|cpython] [--json FILE] [--keep]

Run it with CPython (the driver uses subprocess and tempfile; it needs
`wrk`, Debian package wrk). It seeds a board of `--cards` cards into a
temporary database, then for each interpreter starts `manage.py serve
--workers N` on a free loopback port, logs in as the demo user, warms the
server up and runs `wrk -c CONNECTIONS -d DURATION --latency` with the
session cookie against

* the board's grid page (`/demo/bench/grids/state/`, every card rendered),
* the JSON grid (`/api/boards/<id>/grid?spec=state`),
* a small JSON answer (`/api/boards/<id>`), the server loop's own cost.

For each it prints requests, requests/s, p50/p99 latency, non-2xx answers,
socket errors (connect, read, write, timeout) and the servers' resident
memory (sum over the workers, VmRSS) before and after, and a machine load
line (the 1-minute load average) so that a noisy run can be told apart."""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tests.support import free_port  # noqa: E402

BOARD = "bench"
USER = "demo"
PASSWORD = "kanbo-demo"


def seed(db, cards):
    import manage
    from kanbo.seed import seed_board
    from kanbo.storage import open_repository

    repo = open_repository(db)
    manage.ensure_demo(repo)
    owner = repo.get_user_by_name(USER)
    board = seed_board(repo, owner, BOARD, cards, is_public=True)
    board_id = board.id
    repo.close()
    return board_id


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def family(pid):
    """`pid` and its children (the forked workers)."""
    pids = [pid]
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    pids.append(int(name))
            except (OSError, IndexError, ValueError):
                pass
    return pids


def memory(pid):
    """(sum of VmRSS in MB over the server's processes, per process)."""
    sizes = [rss_kb(p) for p in family(pid)]
    return sum(sizes) / 1024.0, [round(s / 1024.0, 1) for s in sizes]


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def login(port):
    from tests.faultkit import Session

    session = Session(port, USER, PASSWORD)
    session.close()
    return session.cookie


def get(port, path, cookie):
    from tests.faultkit import parse_replies

    sock = socket.create_connection(("127.0.0.1", port), timeout=120)
    sock.sendall(("GET %s HTTP/1.1\r\nHost: load\r\nCookie: %s\r\nConnection: close\r\n\r\n" % (path, cookie)).encode("ascii"))
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    sock.close()
    return parse_replies(data)[0][0]


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * UNITS[m.group(2)]


def parse_wrk(out):
    result = {"requests": 0, "rps": 0.0, "p50_ms": None, "p99_ms": None, "non_2xx": 0,
              "connect_errors": 0, "read_errors": 0, "write_errors": 0, "timeouts": 0}
    m = re.search(r"(\d+) requests in ([\d.]+\w+)", out)
    if m:
        result["requests"] = int(m.group(1))
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if m:
        result["rps"] = float(m.group(1))
    for pct, key in (("50", "p50_ms"), ("99", "p99_ms")):
        m = re.search(r"^\s+%s%%\s+(\S+)" % pct, out, re.M)
        if m:
            result[key] = to_ms(m.group(1))
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        result["non_2xx"] = int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        result["connect_errors"], result["read_errors"], result["write_errors"], result["timeouts"] = [int(x) for x in m.groups()]
    return result


def run_interpreter(name, command, db, board_id, args, log_dir):
    port = free_port()
    log = open(os.path.join(log_dir, "%s.log" % name), "wb")
    env = dict(os.environ)
    env["KANBO_SECRET"] = "load test secret"
    env.pop("PIEPIE_STDLIB", None)
    proc = subprocess.Popen(
        [command, os.path.join(HERE, "manage.py"), "serve", "--port", str(port), "--db", db, "--workers", str(args.workers)],
        stdout=log, stderr=log, stdin=subprocess.DEVNULL, env=env,
    )
    log.close()
    results = []
    try:
        from tests.faultkit import wait_for_server

        wait_for_server(port, 120)
        cookie = login(port)
        endpoints = (
            ("grid page", "/%s/%s/grids/state/" % (USER, BOARD)),
            ("JSON grid", "/api/boards/%d/grid?spec=state" % board_id),
            ("JSON board", "/api/boards/%d" % board_id),
        )
        for _, path in endpoints:  # warm up every worker
            for _ in range(2 * args.workers):
                status = get(port, path, cookie)[0]
                if status != 200:
                    raise AssertionError("%s answered %d during the warm-up" % (path, status))
        start_mb, _ = memory(proc.pid)
        for label, path in endpoints:
            before_mb, _ = memory(proc.pid)
            load_before = load_average()
            out = subprocess.run(
                ["wrk", "-t", "2", "-c", str(args.connections), "-d", "%ds" % args.duration, "--latency",
                 "--timeout", "60s", "-H", "Cookie: " + cookie, "http://127.0.0.1:%d%s" % (port, path)],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False,
            ).stdout.decode("utf-8", "replace")
            after_mb, per_process = memory(proc.pid)
            r = parse_wrk(out)
            r.update({"interpreter": name, "endpoint": label, "path": path, "rss_before_mb": round(before_mb, 1),
                      "rss_after_mb": round(after_mb, 1), "rss_per_process_mb": per_process,
                      "load_before": load_before, "load_after": load_average(), "alive": proc.poll() is None})
            results.append(r)
            print("%-8s %-10s %7d req %8.1f req/s  p50 %8.1f ms  p99 %8.1f ms  non-2xx %d  socket errors %d/%d/%d/%d  "
                  "RSS %.1f -> %.1f MB  load %s -> %s"
                  % (name, label, r["requests"], r["rps"], r["p50_ms"] or -1, r["p99_ms"] or -1, r["non_2xx"],
                     r["connect_errors"], r["read_errors"], r["write_errors"], r["timeouts"],
                     before_mb, after_mb, load_before, r["load_after"]))
            sys.stdout.flush()
            if not r["requests"]:
                print(out)
        end_mb, _ = memory(proc.pid)
        print("%-8s RSS at the start of the load %.1f MB, at the end %.1f MB" % (name, start_mb, end_mb))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        print("%-8s SIGTERM: exit status %d" % (name, code))
        for r in results:
            r["exit_status"] = code
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=20000)
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--piepie", default=None)
    parser.add_argument("--python", default="python3")
    parser.add_argument("--only", choices=("piepie", "cpython"))
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the database and the servers' logs (their directory is printed)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("load_test: needs wrk (apt-get install wrk)", file=sys.stderr)
        return 2
    piepie = args.piepie
    if piepie is None:
        for candidate in (os.path.join(HERE, "..", "target", "release", "piepie"), "/tmp/pp/piepie"):
            if os.path.exists(candidate):
                piepie = os.path.abspath(candidate)
                break
    tmp = tempfile.mkdtemp(prefix="kanbo-load-")
    try:
        db = os.path.join(tmp, "load.db")
        t0 = time.monotonic()
        board_id = seed(db, args.cards)
        print("seeded %d cards in %.1f s; wrk: %d connections, %d s per endpoint, %d worker(s); load average %s"
              % (args.cards, time.monotonic() - t0, args.connections, args.duration, args.workers, load_average()))
        runs = []
        if args.only != "cpython":
            runs.append(("piepie", piepie))
        if args.only != "piepie":
            runs.append(("cpython", args.python))
        results = []
        for name, command in runs:
            results.extend(run_interpreter(name, command, db, board_id, args, tmp))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(results, f, indent=1)
        bad = [r for r in results if r["non_2xx"] or r["connect_errors"] or r["read_errors"] or r["write_errors"]
               or r["timeouts"] or not r["alive"] or r.get("exit_status") != 0]
        print("load test: %d runs, %d with errors" % (len(results), len(bad)))
        return 1 if bad else 0
    finally:
        if args.keep:
            print("load test: database and server logs kept in %s" % tmp)
        else:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
