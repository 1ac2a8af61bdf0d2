# sys.exit with a string: the message goes to stderr, exit code 1
import sys
def fail(reason):
    print("failing:", reason)
    sys.exit("fatal: " + reason)
fail("configuration missing")
