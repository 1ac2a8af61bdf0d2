"""SIGPIPE: CPython 3.11 sets it to SIG_IGN at startup, and
signal.getsignal(SIGPIPE) says so (prints 1, Handlers.SIG_IGN); piepie's
getsignal answers 0 (SIG_DFL) although writes to a closed socket or pipe
do raise BrokenPipeError on both (so only the reported disposition is
wrong; code that checks it, or restores it, behaves differently).
Run: piepie findings/sigpipe_disposition.py  (CPython: 1, BrokenPipeError,
BrokenPipeError; piepie: 0, BrokenPipeError, BrokenPipeError)."""

import os
import signal
import socket

print(signal.getsignal(signal.SIGPIPE))

a, b = socket.socketpair()
b.close()
try:
    for _ in range(3):
        a.send(b"x" * 100)
    print("no error")
except OSError as e:
    print(type(e).__name__)

r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
    print("no error")
except OSError as e:
    print(type(e).__name__)
