"""errno names and errorcode table, signal numbers: the full Linux sets, as in CPython."""
import errno, signal, os
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), [(n, getattr(errno, n)) for n in names])
print(sorted(errno.errorcode.items()))
print(sorted((n, int(getattr(signal, n))) for n in dir(signal) if n.startswith("SIG") and not n.startswith("SIG_") and n not in ("SIGRTMIN", "SIGRTMAX")))
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
