"""Helper for unittest_discover2.py: in a folder without __init__.py, so discovery skips it."""
import unittest


class Hidden(unittest.TestCase):
    def test_hidden(self):
        pass
