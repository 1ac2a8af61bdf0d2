# SystemExit with None / 0 exits successfully, finally blocks still run
import sys
try:
    print("in try")
    raise SystemExit
finally:
    print("finally runs during SystemExit")
