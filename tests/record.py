#!/usr/bin/env python3
"""Record the expected outputs of the differential test programs from CPython 3.11.

Usage (from anywhere; needs CPython 3.11 as `python3`):

    python3 tests/record.py                 # re-record every program
    python3 tests/record.py tests/programs/strings/methods.py ...

A test program is `tests/programs/<area>/<name>.py` (exactly one directory below
`programs/`); deeper files are helper modules that tests import. Each program is
run with the repository root as working directory and its path relative to it,
and the checkout's absolute root is stripped from stdout and stderr (CPython
makes the script path absolute; the test harness strips piepie's the same way).

For each program this writes, next to it:
  <name>.expected   its stdout (always written, possibly empty)
  <name>.stderr     its stderr, only when non-empty
  <name>.exitcode   its exit code, only when non-zero

CPython runs with PYTHONNODEBUGRANGES=1 (no `^^^^` column markers in
tracebacks: piepie prints CPython's traceback format without them),
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8. A program's stdin is empty.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "programs")


def find_programs():
    found = []
    for area in sorted(os.listdir(PROGRAMS)):
        area_dir = os.path.join(PROGRAMS, area)
        if not os.path.isdir(area_dir):
            continue
        for name in sorted(os.listdir(area_dir)):
            if name.endswith(".py"):
                found.append(os.path.join("tests", "programs", area, name))
    return found


def record(rel):
    env = dict(os.environ)
    env["PYTHONNODEBUGRANGES"] = "1"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, rel],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
    )
    # CPython makes the script path absolute; the harness strips the checkout's
    # root the same way from piepie's output, so the files do not depend on it.
    prefix = (ROOT + os.sep).encode()
    proc.stdout = proc.stdout.replace(prefix, b"")
    proc.stderr = proc.stderr.replace(prefix, b"")
    base = os.path.join(ROOT, rel[:-3])
    with open(base + ".expected", "wb") as f:
        f.write(proc.stdout)
    for suffix, content in ((".stderr", proc.stderr), (".exitcode", str(proc.returncode).encode() + b"\n")):
        path = base + suffix
        wanted = content if (proc.stderr if suffix == ".stderr" else proc.returncode) else None
        if wanted:
            with open(path, "wb") as f:
                f.write(wanted)
        elif os.path.exists(path):
            os.remove(path)
    return proc.returncode


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py must run under CPython 3.11, not %s" % sys.version.split()[0])
    targets = [os.path.relpath(os.path.abspath(p), ROOT) for p in sys.argv[1:]] or find_programs()
    for rel in targets:
        code = record(rel)
        print("%-60s exit %d" % (rel, code))


if __name__ == "__main__":
    main()
