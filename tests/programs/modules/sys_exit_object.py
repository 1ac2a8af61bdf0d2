# sys.exit with a non-int, non-None object prints its str to stderr and exits 1.
import sys
print("stdout before")
sys.stderr.write("stderr before\n")
sys.exit(["not", "an", "int"])
