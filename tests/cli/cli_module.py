"""Run with -m by the CLI test (tests/cli/run_module.args)."""
import sys

print(sys.argv, __name__, __file__)
value = 3
