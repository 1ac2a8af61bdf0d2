"""signal: Signals/Handlers enums, strsignal, valid_signals, handlers receiving ints."""
import signal, os, time
print(signal.signal.__module__, type(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.getsignal(signal.SIGTERM), repr(signal.Signals(15)), signal.strsignal(15), sorted(signal.valid_signals())[:5])
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN), signal.signal(signal.SIGUSR1, signal.SIG_DFL), repr(signal.getsignal(signal.SIGUSR1)))
print([(s.name, s.value) for s in signal.Signals])
print(repr(signal.SIGABRT), repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIG_BLOCK), signal.Signals.SIGINT.name)
print(sorted(int(x) for x in signal.valid_signals()))
print(signal.strsignal(32), signal.strsignal(40), signal.strsignal(64), signal.strsignal(signal.SIGINT))
try: signal.strsignal(100)
except Exception as e: print(type(e).__name__, e)
got = []
def h(signum, frame):
    got.append((signum, type(signum).__name__, signal.Signals(signum).name))
print(repr(signal.signal(signal.SIGTERM, h)))
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(0.01)
print(got, signal.getsignal(signal.SIGTERM) is h, repr(signal.getsignal(signal.SIGINT)) .startswith("<built-in function default_int_handler"))
print(signal.signal(signal.SIGTERM, signal.SIG_DFL) is h)
