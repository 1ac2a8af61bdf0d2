"""SIGPIPE is ignored from start-up (as CPython does): getsignal says so,
and writing to a closed pipe or socket raises BrokenPipeError."""
import os
import signal
import socket

print(int(signal.getsignal(signal.SIGPIPE)) == int(signal.SIG_IGN))
print(int(signal.getsignal(signal.SIGUSR1)) == int(signal.SIG_DFL))

a, b = socket.socketpair()
b.close()
try:
    for _ in range(3):
        a.send(b"x" * 100)
    print("no error")
except OSError as e:
    print(type(e).__name__)
a.close()

r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
    print("no error")
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(w)

old = signal.signal(signal.SIGPIPE, signal.SIG_DFL)
print(int(old) == int(signal.SIG_IGN), int(signal.getsignal(signal.SIGPIPE)) == int(signal.SIG_DFL))
signal.signal(signal.SIGPIPE, signal.SIG_IGN)
print(int(signal.getsignal(signal.SIGPIPE)) == int(signal.SIG_IGN))
