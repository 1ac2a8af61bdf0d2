"""A script run with `-i` by the CLI test (tests/cli/inspect_script.args)."""
import sys

value = 42
print("script ran", sys.argv)
