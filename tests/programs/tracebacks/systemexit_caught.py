# Catching SystemExit, inspecting code, then exiting with a different code
import sys
for arg in [None, 0, 5, "text", [1, 2]]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("re-raising with code", e.code + 1)
    raise SystemExit(e.code + 1)
