"""unittest discover patterns with fnmatch character classes."""

import os
import unittest

start = os.path.join(os.path.dirname(__file__), "ut_discover")
for pattern in ("test*.py", "test_[a-s]*.py", "test_[!s]*.py", "[r-u]e?t*.py", "test_[t-z]*.py", "*[!y]"):
    suite = unittest.TestLoader().discover(start, pattern)
    print(pattern, suite.countTestCases())
