"""Faults, long version (not in CI; tests/test_faults.py is the quick one):
the real server process, `<interpreter> kanbo_py/manage.py serve`, is
killed with SIGKILL in the middle of a burst of card moves, again and
again, and restarted on the same database each time; after every restart
the database must open cleanly, hold every acknowledged move, and keep a
valid total order (tests/faultkit.py has the exact check). At the end the
server is stopped with SIGTERM and must exit 0.

    python3 kanbo_py/fault_test.py [--interpreter PATH] [--rounds N]
                                   [--cards N] [--burst N] [--seed S]

Run it with CPython (the driver uses subprocess and tempfile); the server
runs under `--interpreter` (default: piepie at target/release/piepie,
else /tmp/pp/piepie; give `python3` for CPython). Prints one line per
round and a summary; exits 1 if any round found a problem."""

import argparse
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from tests import faultkit  # noqa: E402


def default_interpreter():
    for candidate in (os.path.join(HERE, "..", "target", "release", "piepie"), "/tmp/pp/piepie"):
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    return "python3"


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class ServerProcess:
    def __init__(self, interpreter, db, port, log_path):
        self.command = [interpreter, os.path.join(HERE, "manage.py"), "serve", "--port", str(port), "--db", db]
        self.log_path = log_path
        self.proc = None
        self.starts = 0

    def start(self):
        log = open(self.log_path, "ab")
        env = dict(os.environ)
        env["KANBO_SECRET"] = "fault test secret"
        env.pop("PIEPIE_STDLIB", None)
        self.proc = subprocess.Popen(self.command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, env=env)
        log.close()
        self.starts += 1

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        code = self.proc.wait(30)
        if code != -signal.SIGKILL:
            raise AssertionError("the server exited with %r before the kill" % code)

    def terminate(self):
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interpreter", default=default_interpreter())
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="kanbo-faults-")
    db = os.path.join(tmp, "faults.db")
    rng = random.Random(args.seed)
    failures = 0
    total_acked = 0
    total_applied = 0
    mid_burst = 0
    try:
        board_id = faultkit.make_database(db, args.cards)
        port = free_port()
        server = ServerProcess(args.interpreter, db, port, os.path.join(tmp, "server.log"))
        print("fault test: %s, %d cards, %d rounds of %d moves, database %s" % (args.interpreter, args.cards, args.rounds, args.burst, db))
        server.start()
        faultkit.wait_for_server(port)
        started = time.monotonic()
        for i in range(args.rounds):
            problems, acked, applied = faultkit.one_round(server.start, server.kill, db, board_id, port, rng, args.burst)
            total_acked += acked
            total_applied += applied or 0
            if applied is not None and 0 < acked < args.burst:
                mid_burst += 1
            status = "ok" if not problems else "FAILED: " + "; ".join(problems)
            print("round %2d: %3d of %d moves acknowledged, %3s in the database after the restart: %s"
                  % (i + 1, acked, args.burst, applied, status))
            sys.stdout.flush()
            if problems:
                failures += 1
        code = server.terminate()
        print("SIGTERM: exit status %d" % code)
        integrity, succ = faultkit.read_state(db, board_id)
        problems = faultkit.order_problems(succ, list(succ.keys()))
        print("final database: integrity_check %s, %d cards, %s" % (integrity, len(succ), "valid total order" if not problems else problems))
        print("summary: %d SIGKILLs survived of %d (%d mid-burst), %d moves acknowledged and all found, "
              "%d committed in all; %d server starts; %.1f s"
              % (args.rounds - failures, args.rounds, mid_burst, total_acked, total_applied, server.starts, time.monotonic() - started))
        if code != 0 or integrity != "ok" or problems:
            failures += 1
    finally:
        if failures:
            print("kept %s for inspection" % tmp)
        else:
            shutil.rmtree(tmp)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
