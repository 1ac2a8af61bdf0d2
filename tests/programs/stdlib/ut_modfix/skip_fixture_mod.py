"""Helper for unittest_module_fixtures.py: setUpModule raises SkipTest."""

import unittest


def setUpModule():
    raise unittest.SkipTest("no database here")


class Skipped(unittest.TestCase):
    def test_y(self):
        print("Skipped.test_y (must not run)")
