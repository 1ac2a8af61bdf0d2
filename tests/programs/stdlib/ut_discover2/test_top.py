"""Helper for unittest_discover2.py: a top-level test module."""
import unittest


class Top(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(3, [1, 2])


def helper():
    return "not a test"
