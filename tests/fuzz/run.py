#!/usr/bin/env python3
"""Differential fuzzing driver: generated programs, CPython 3.11 against piepie.

    python3 tests/fuzz/run.py --seed S --count N [--piepie PATH] [--jobs 1]
                              [--keep-dir DIR] [--avoid F1,F2] [--no-deopt]
                              [--deopt-bridges-every K]
                              [--gc-stress] [--timeout SECS] [--no-minimize]

For each seed S..S+N-1, `gen.py` makes a program; it runs under CPython (this
interpreter, which must be 3.11) and under piepie with `--jit off`, the
default JIT, `--jit-threshold 1`, forced with random deoptimization
(`--jit-threshold 1 --jit-bridge-threshold 1000000 --jit-random-deopt 0.1`:
one compiled guard check in ten fails back to the interpreter; unless
--no-deopt) and, on every K-th seed (--deopt-bridges-every K; off by default:
it is slow, as every random failure compiles a bridge), the harness's
`--jit-threshold 1 --jit-random-deopt 0.1` (--gc-stress adds
`PIEPIE_GC_STRESS=1` runs with the JIT off and forced). stdout, stderr and
the exit code must match exactly; a piepie run longer than the timeout is a
finding too (a hang). A program that fails or times out on CPython is a
generator bug (except for the deliberate uncaught exception of programs
marked `# fuzz: ends with an uncaught exception`): it is reported as "invalid" and kept in the findings
directory under invalid/.

On a divergence, DIR/seed_<S>/ receives the program, every mode's outputs,
and `min.py`, a reproducer minimized by delta debugging on the AST:
statements (whole blocks first) are removed, and range() bounds shrunk, as
long as the program still runs cleanly on CPython and piepie still diverges
the same way (same failing mode; for a crash, the same exit code). The
summary line lists programs run, divergences and elapsed time; the exit
status is 1 when anything diverged.
"""
import argparse
import ast
import copy
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ENV = dict(os.environ)
ENV["PYTHONHASHSEED"] = "0"
ENV["PYTHONNODEBUGRANGES"] = "1"
ENV["PYTHONIOENCODING"] = "utf-8"
ENV.pop("PYTHONPATH", None)
ENV.pop("PIEPIE_GC_STRESS", None)


def modes(args, seed=0):
    """(name, flags, extra environment, timeout factor) of each piepie run."""
    ms = [("off", ["--jit", "off"], {}, 1), ("default", [], {}, 1), ("forced", ["--jit-threshold", "1"], {}, 1)]
    if not args.no_deopt:
        # Random guard failures back to the interpreter (no bridges: with
        # bridges at threshold 1 every random failure compiles one, ~10 ms each).
        ms.append(("deopt", ["--jit-threshold", "1", "--jit-bridge-threshold", "1000000",
                             "--jit-random-deopt", "0.1"], {}, 1))
    if args.deopt_bridges_every and seed % args.deopt_bridges_every == 0:
        # The differential harness's mode: random failures compile bridges.
        ms.append(("deopt-bridges", ["--jit-threshold", "1", "--jit-random-deopt", "0.1"], {}, 6))
    if args.gc_stress:
        ms.append(("gc-off", ["--jit", "off"], {"PIEPIE_GC_STRESS": "1"}, 3))
        ms.append(("gc-forced", ["--jit-threshold", "1"], {"PIEPIE_GC_STRESS": "1"}, 3))
    return ms


def run(cmd, cwd, timeout, extra_env=None):
    env = ENV
    if extra_env:
        env = dict(ENV)
        env.update(extra_env)
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
        return (p.stdout, p.stderr, p.returncode)
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b"", (e.stderr or b"") + b"\n<timeout>", "timeout")


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.modes_of = lambda seed: modes(args, seed)
        self.piepie = os.path.abspath(args.piepie)
        self.lock = threading.Lock()
        self.ran = 0
        self.invalid = []
        self.divergent = []
        self.keep = os.path.abspath(args.keep_dir)

    def cpython(self, path, cwd, timeout=None):
        return run([sys.executable, "-S", os.path.basename(path)], cwd, timeout or self.args.timeout)

    def piepie_run(self, mode, path, cwd, timeout=None):
        _, flags, env, factor = mode
        return run([self.piepie] + flags + [os.path.basename(path)], cwd, (timeout or self.args.timeout) * factor, env)

    def check(self, src, workdir, seed, name="fuzz_prog.py", only=None, timeout=None):
        """(cpython outcome, {mode name: piepie outcome} for diverging modes)."""
        path = os.path.join(workdir, name)
        with open(path, "w") as f:
            f.write(src)
        want = self.cpython(path, workdir, timeout)
        bad = {}
        for mode in self.modes_of(seed):
            if only is not None and mode[0] not in only:
                continue
            got = self.piepie_run(mode, path, workdir, timeout)
            if got != want:
                bad[mode[0]] = got
        return want, bad

    def one(self, seed):
        src = gen.generate(seed, self.args.avoid)
        workdir = tempfile.mkdtemp(prefix="ppfuzz")
        try:
            want, bad = self.check(src, workdir, seed)
            with self.lock:
                self.ran += 1
            if not clean(src, want):
                with self.lock:
                    self.invalid.append(seed)
                d = os.path.join(self.keep, "invalid")
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, "seed_%d.py" % seed), "w") as f:
                    f.write(src)
                print("seed %d: INVALID on CPython (exit %s): %s" % (seed, want[2], want[1].decode(errors="replace").strip().splitlines()[-1:]), flush=True)
                return
            if bad:
                with self.lock:
                    self.divergent.append((seed, sorted(bad)))
                self.record(seed, src, want, bad, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def record(self, seed, src, want, bad, workdir):
        d = os.path.join(self.keep, "seed_%d" % seed)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "program.py"), "w") as f:
            f.write(src)
        self.write_outcome(d, "cpython", want)
        for m, got in bad.items():
            self.write_outcome(d, m, got)
        first = sorted(bad)[0]
        summary = describe(want, bad[first])
        print("seed %d: DIVERGES in %s: %s" % (seed, ",".join(sorted(bad)), summary), flush=True)
        if self.args.no_minimize:
            return
        small = self.minimize(src, want, bad, workdir, seed)
        with open(os.path.join(d, "min.py"), "w") as f:
            f.write(small)
        want2, bad2 = self.check(small, workdir, seed)
        self.write_outcome(d, "min.cpython", want2)
        for m, got in bad2.items():
            self.write_outcome(d, "min." + m, got)
        print("seed %d: minimized to %d lines (%s), modes %s: %s" % (
            seed, small.count("\n"), os.path.join(d, "min.py"), ",".join(sorted(bad2)),
            describe(want2, bad2[sorted(bad2)[0]]) if bad2 else "?"), flush=True)

    @staticmethod
    def write_outcome(d, tag, outcome):
        out, err, code = outcome
        with open(os.path.join(d, tag + ".stdout"), "wb") as f:
            f.write(out)
        with open(os.path.join(d, tag + ".stderr"), "wb") as f:
            f.write(err)
        with open(os.path.join(d, tag + ".exitcode"), "w") as f:
            f.write("%s\n" % code)

    # -- minimization ------------------------------------------------------
    def minimize(self, src, want, bad, workdir, seed):
        target = sorted(bad)[0]
        crash = bad[target][2]
        crashing = crash != 0

        def interesting(candidate_src):
            try:
                compile(candidate_src, "<min>", "exec")
            except SyntaxError:
                return False
            w, b = self.check(candidate_src, workdir, seed, "fuzz_min.py", only={target}, timeout=min(self.args.timeout, 5))
            if not clean(candidate_src, w):
                return False
            if target not in b:
                return False
            if crashing:
                return b[target][2] == crash
            return True

        tree = ast.parse(src)
        best = src
        if not interesting(ast.unparse(tree)):
            return src  # unparsing changes the divergence (line numbers...): keep as is
        best = ast.unparse(tree)
        deadline = time.time() + self.args.minimize_seconds
        changed = True
        while changed and time.time() < deadline:
            changed = False
            # Pass 1: remove statements, outermost (biggest) first.
            i = 0
            while time.time() < deadline:
                stmts = statement_slots(tree)
                if i >= len(stmts):
                    break
                cand = copy.deepcopy(tree)
                if not remove_slot(cand, i):
                    i += 1
                    continue
                text = ast.unparse(cand)
                if text != best and interesting(text):
                    tree, best, changed = cand, text, True
                else:
                    i += 1
            # Pass 2: shrink integer constants (loop bounds, literals).
            i = 0
            while time.time() < deadline:
                consts = int_consts(tree)
                if i >= len(consts):
                    break
                value = consts[i].value
                progressed = False
                for smaller in shrink_candidates(value):
                    cand = copy.deepcopy(tree)
                    int_consts(cand)[i].value = smaller
                    text = ast.unparse(cand)
                    if text != best and interesting(text):
                        tree, best, changed, progressed = cand, text, True, True
                        break
                if not progressed:
                    i += 1
        return best + "\n"

    def main(self):
        seeds = range(self.args.seed, self.args.seed + self.args.count)
        t0 = time.time()
        last = [t0]

        def task(s):
            self.one(s)
            with self.lock:
                if time.time() - last[0] > 60:
                    last[0] = time.time()
                    print("... %d programs, %d divergent, %d invalid, %.0fs (seed %d)" % (
                        self.ran, len(self.divergent), len(self.invalid), time.time() - t0, s), flush=True)

        self.last_seed = self.args.seed - 1
        try:
            if self.args.jobs <= 1:
                for s in seeds:
                    task(s)
                    self.last_seed = s
            else:
                with ThreadPoolExecutor(self.args.jobs) as ex:
                    for s, _ in zip(seeds, ex.map(task, seeds)):
                        self.last_seed = s
        except KeyboardInterrupt:
            print("interrupted", flush=True)
        dt = time.time() - t0
        print("ran %d programs (seeds %d..%d, modes %s), %d divergent, %d invalid, %.1fs" % (
            self.ran, self.args.seed, self.last_seed,
            ",".join(m[0] for m in modes(self.args, 1) if m[0] != "deopt-bridges")
            + (",deopt-bridges(1/%d)" % self.args.deopt_bridges_every if self.args.deopt_bridges_every else ""),
            len(self.divergent), len(self.invalid), dt))
        for seed, ms in self.divergent:
            print("  divergent seed %d (%s): %s" % (seed, ",".join(ms), os.path.join(self.keep, "seed_%d" % seed)))
        if self.invalid:
            print("  invalid seeds (generator bugs): %s" % " ".join(map(str, self.invalid)))
        return 1 if self.divergent or self.invalid else 0


UNCAUGHT_MARK = "# fuzz: ends with an uncaught exception"


def clean(src, outcome):
    """Did CPython run the program as the generator meant it to?"""
    out, err, code = outcome
    if b" object at 0x" in out:
        return False  # a default repr prints an address: not deterministic
    if code == 0 and not err:
        return True
    # Programs marked so end with a deliberate uncaught exception.
    return UNCAUGHT_MARK in src and code == 1 and err.startswith(b"Traceback (most recent call last):")


def describe(want, got):
    if got[2] == "timeout":
        return "timeout (hang)"
    if got[2] != want[2]:
        tail = got[1].decode(errors="replace").strip().splitlines()[-1:] or [""]
        return "exit %s instead of %s: %s" % (got[2], want[2], tail[0][:200])
    for stream, (a, b) in (("stdout", (want[0], got[0])), ("stderr", (want[1], got[1]))):
        if a != b:
            al, bl = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
            for k in range(max(len(al), len(bl))):
                x = al[k] if k < len(al) else "<missing>"
                y = bl[k] if k < len(bl) else "<missing>"
                if x != y:
                    return "%s line %d: expected %r, got %r" % (stream, k + 1, x[:120], y[:120])
    return "differs"


# -- AST helpers for the minimizer -------------------------------------------

def _stmt_lists(node):
    for field in ("body", "orelse", "finalbody"):
        v = getattr(node, field, None)
        if isinstance(v, list) and v and isinstance(v[0], ast.stmt):
            yield node, field
    for h in getattr(node, "handlers", []) or []:
        yield h, "body"


def statement_slots(tree):
    """Every (owner, field, index) of a statement, in pre-order (outer first)."""
    slots = []

    def walk(node):
        for owner, field in _stmt_lists(node):
            for k, s in enumerate(getattr(owner, field)):
                slots.append((owner, field, k))
                walk(s)
    walk(tree)
    return slots


def remove_slot(tree, i):
    owner, field, k = statement_slots(tree)[i]
    lst = getattr(owner, field)
    del lst[k]
    if not lst:
        if field == "body" or (isinstance(owner, ast.Try) and field == "finalbody" and not owner.handlers):
            if isinstance(owner, ast.Module):
                return False
            lst.append(ast.Pass())
    if isinstance(owner, ast.Try) and not owner.handlers and not owner.finalbody:
        return False
    return True


def int_consts(tree):
    return [n for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and type(n.value) is int and abs(n.value) > 2]


def shrink_candidates(v):
    out = []
    for c in (0, 1, v // 2, v - v // 4):
        if abs(c) < abs(v) and c not in out:
            out.append(c)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--piepie", default=os.path.join(ROOT, "target", "release", "piepie"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--keep-dir", default=os.path.join(HERE, "findings"))
    ap.add_argument("--avoid", default="", help="comma-separated generator features to leave out: " + ",".join(gen.FEATURES))
    ap.add_argument("--no-deopt", action="store_true",
                    help="skip the `--jit-threshold 1 --jit-bridge-threshold 1000000 --jit-random-deopt 0.1` mode")
    ap.add_argument("--deopt-bridges-every", type=int, default=0, metavar="K",
                    help="also run `--jit-threshold 1 --jit-random-deopt 0.1` (the harness's mode) on seeds "
                         "divisible by K (0: never; every random failure compiles a bridge: 10-100x slower)")
    ap.add_argument("--gc-stress", action="store_true", help="add PIEPIE_GC_STRESS=1 runs (slow)")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--minimize-seconds", type=float, default=300.0)
    args = ap.parse_args()
    args.avoid = [a for a in args.avoid.split(",") if a]
    unknown = [a for a in args.avoid if a not in gen.FEATURES]
    if unknown:
        ap.error("unknown features: %s" % ", ".join(unknown))
    if sys.version_info[:2] != (3, 11):
        sys.exit("run.py must run under CPython 3.11, not %s" % sys.version.split()[0])
    if not os.path.exists(args.piepie):
        sys.exit("no piepie binary at %s (build it, or pass --piepie)" % args.piepie)
    # SIGTERM (kill) stops the run like ^C: the summary is still printed.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    sys.exit(Fuzzer(args).main())


if __name__ == "__main__":
    main()
