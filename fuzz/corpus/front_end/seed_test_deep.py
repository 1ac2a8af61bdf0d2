"""Helper for unittest_discover2.py: a test two packages down."""
import unittest


class Deep(unittest.TestCase):
    def test_deep(self):
        self.assertEqual("deep", "deep")
