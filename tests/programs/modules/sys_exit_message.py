# sys.exit with a string: printed to stderr, exit code 1.
import sys
print("before exit")
sys.exit("fatal: something went wrong")
