"""unittest discover recurses into packages below the start directory
(folders with an __init__.py) and imports their modules by dotted name."""

import os
import unittest


def flatten(suite):
    out = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


start = os.path.join(os.path.dirname(__file__), "ut_top")
suite = unittest.TestLoader().discover(start)
print(suite.countTestCases())
for test in sorted([t.id() for t in flatten(suite)]):
    print(test)
