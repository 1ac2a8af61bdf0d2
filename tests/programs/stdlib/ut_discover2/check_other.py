"""Helper for unittest_discover2.py: matched only by a custom pattern."""
import unittest


class Other(unittest.TestCase):
    def test_other(self):
        pass
