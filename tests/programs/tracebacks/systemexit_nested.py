# SystemExit raised deep in calls, passing through handlers for Exception
import sys
def worker(n):
    if n == 0:
        sys.exit(42)
    worker(n - 1)
try:
    worker(5)
except Exception:
    print("SystemExit is not an Exception: not reached")
finally:
    print("cleanup before exit")
