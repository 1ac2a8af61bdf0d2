# sys.exit(None) exits with status 0; finally blocks and output before it still appear.
import sys
try:
    print("working")
    sys.exit(None)
finally:
    print("cleanup")
print("unreachable")
