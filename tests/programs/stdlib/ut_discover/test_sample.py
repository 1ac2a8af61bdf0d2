"""Helper module for unittest_discover.py (found by TestLoader.discover)."""
import unittest


class SampleTests(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_upper(self):
        self.assertEqual(len("abc"), 4)
