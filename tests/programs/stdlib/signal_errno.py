"""errno constants and signal handlers (run at a safepoint after os.kill / raise_signal; SIG_IGN; a handler that raises)."""
import errno, signal, os
print(errno.ENOENT, errno.EEXIST, errno.EPIPE, errno.ECONNREFUSED, errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN)
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print(got == [signal.SIGUSR1])
signal.signal(signal.SIGTERM, lambda s, f: got.append("term"))
signal.raise_signal(signal.SIGTERM)
print(got)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored", signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
class Stop(Exception):
    pass
def raiser(s, f):
    raise Stop("from handler")
signal.signal(signal.SIGUSR1, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(100):
        pass
    print("not reached")
except Stop as e:
    print("Stop:", e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.SIGINT, signal.SIGTERM, int(signal.SIG_DFL), int(signal.SIG_IGN))
