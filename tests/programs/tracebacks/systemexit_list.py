# sys.exit with a non-int, non-None object prints it to stderr, exit code 1
import sys
print("exiting with a list")
sys.exit(["not", "an", "int"])
