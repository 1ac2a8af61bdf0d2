#!/usr/bin/env python3
"""Turn generated fuzz programs into differential regression tests.

    python3 tests/fuzz/export.py --seed S --want N [--out tests/programs/fuzz]
                                 [--piepie PATH] [--max-seconds 0.6]

Generates `gen.py --small` programs for seeds S, S+1, ... and keeps the first
N that (1) run cleanly on CPython, (2) match CPython in all six modes of the
differential harness (interp/tests/differential.rs: JIT off, default,
forced, GC stress with the JIT off and forced, forced with random
deoptimization) and (3) take at most --max-seconds of piepie time over those
six runs (the harness runs every program in every mode: the set must stay
cheap). Each kept program is written as OUT/gen_<seed>.py and its expected
output recorded from CPython by tests/record.py (never written by hand).
Programs that diverge are reported and not exported: they belong in
tests/fuzz/findings/ until fixed.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402
from run import clean  # noqa: E402

HARNESS_MODES = [
    (["--jit", "off"], {}),
    ([], {}),
    (["--jit-threshold", "1"], {}),
    (["--jit", "off"], {"PIEPIE_GC_STRESS": "1"}),
    (["--jit-threshold", "1"], {"PIEPIE_GC_STRESS": "1"}),
    (["--jit-threshold", "1", "--jit-random-deopt", "0.1"], {}),
]


def run(cmd, extra_env, timeout=60):
    env = dict(os.environ)
    env.update({"PYTHONHASHSEED": "0", "PYTHONNODEBUGRANGES": "1", "PYTHONIOENCODING": "utf-8"})
    env.pop("PIEPIE_GC_STRESS", None)
    env.update(extra_env)
    t0 = time.time()
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return (p.stdout, p.stderr, p.returncode), time.time() - t0
    except subprocess.TimeoutExpired:
        return (b"", b"<timeout>", -1), time.time() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--want", type=int, required=True)
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "programs", "fuzz"))
    ap.add_argument("--piepie", default=os.path.join(ROOT, "target", "release", "piepie"))
    ap.add_argument("--max-seconds", type=float, default=0.6)
    ap.add_argument("--max-tries", type=int, default=0, help="give up after this many seeds (default 4*want)")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("export.py must run under CPython 3.11")
    os.makedirs(args.out, exist_ok=True)
    kept, seed, tries = 0, args.seed, 0
    total_time = 0.0
    while kept < args.want and tries < (args.max_tries or 4 * args.want):
        tries += 1
        s = seed
        seed += 1
        src = gen.generate(s, small=True)
        path = os.path.join(args.out, "gen_%05d.py" % s)
        rel = os.path.relpath(path, ROOT)
        with open(path, "w") as f:
            f.write(src)
        want, _ = run([sys.executable, "-S", rel], {})
        ok = clean(src, want)
        spent = 0.0
        bad = None
        for flags, env in HARNESS_MODES if ok else []:
            got, dt = run([os.path.abspath(args.piepie)] + flags + [rel], env)
            spent += dt
            if got != want:
                bad = " ".join(["%s=%s" % kv for kv in env.items()] + flags) or "default"
                break
            if spent > args.max_seconds:
                break
        if not ok or bad or spent > args.max_seconds:
            os.remove(path)
            if not ok:
                print("seed %d: not clean on CPython (generator bug)" % s, flush=True)
            if bad:
                print("seed %d: DIVERGES in mode [%s] (not exported; run tests/fuzz/run.py on it)" % (s, bad))
            continue
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "record.py"), rel], check=True,
                       stdout=subprocess.DEVNULL)
        kept += 1
        total_time += spent
        print("kept %s (%.2fs in 6 modes)" % (rel, spent), flush=True)
    print("kept %d programs of %d seeds tried (next seed %d); %.1fs of piepie time in total" % (kept, tries, seed, total_time))


if __name__ == "__main__":
    main()
