#!/usr/bin/env python3
"""Record CPython 3.11's behaviour for the command-line tests (interp/tests/cli.rs).

Usage (needs CPython 3.11 as `python3`):

    python3 tests/cli/record.py                  # re-record every case
    python3 tests/cli/record.py tests/cli/blocks.input ...

A case is `tests/cli/<name>.input`: the bytes fed to stdin. `<name>.args`,
when present, holds the command-line arguments, one a line (an empty file:
none); without it the arguments are `-i` (an interactive session on a piped
stdin). CPython runs with `tests/cli` as
working directory, and this writes next to the input:

  <name>.stdout     its stdout (always written, possibly empty)
  <name>.stderr     its stderr, only when non-empty
  <name>.exitcode   its exit code, only when non-zero

The banner of an interactive session (its first two stderr lines, `Python
3.11.7 (main, ...) [GCC ...] on linux` and `Type "help", ...`) differs between
implementations: it is dropped from the recorded stderr, and the test drops
piepie's banner lines the same way. In stderr, the interpreter's path (in
usage errors) becomes `PROGRAM`, as the test does with piepie's. The tests
directory's absolute path is replaced by nothing (CPython makes script paths absolute; the test strips
piepie's the same way).

CPython runs with PYTHONNODEBUGRANGES=1 (piepie prints tracebacks without
`^^^^` column markers), PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, and
without PYTHONSTARTUP.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def find_cases():
    return sorted(
        os.path.join(HERE, n) for n in os.listdir(HERE) if n.endswith(".input")
    )


def case_args(base):
    path = base + ".args"
    if not os.path.exists(path):
        return ["-i"]
    # An empty file: no arguments at all.
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.rstrip("\n")]


def record(input_path):
    base = input_path[: -len(".input")]
    env = dict(os.environ)
    env["PYTHONNODEBUGRANGES"] = "1"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONINSPECT"):
        env.pop(var, None)
    with open(input_path, "rb") as stdin:
        proc = subprocess.run(
            [sys.executable] + case_args(base),
            cwd=HERE,
            env=env,
            stdin=stdin,
            capture_output=True,
            timeout=60,
        )
    prefix = (HERE + os.sep).encode()
    out = proc.stdout.replace(prefix, b"")
    err = proc.stderr.replace(prefix, b"").replace(sys.executable.encode(), b"PROGRAM")
    if err.startswith(b"Python 3.11"):
        err = b"".join(err.splitlines(keepends=True)[2:])
    with open(base + ".stdout", "wb") as f:
        f.write(out)
    for suffix, content in ((".stderr", err), (".exitcode", b"%d\n" % proc.returncode if proc.returncode else b"")):
        path = base + suffix
        if content:
            with open(path, "wb") as f:
                f.write(content)
        elif os.path.exists(path):
            os.remove(path)
    return proc.returncode


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py must run under CPython 3.11, not %s" % sys.version.split()[0])
    targets = [os.path.abspath(p) for p in sys.argv[1:]] or find_cases()
    for path in targets:
        code = record(path)
        print("%-50s exit %d" % (os.path.relpath(path, HERE), code))


if __name__ == "__main__":
    main()
