"""Helper for unittest_dotted_names.py: a top-level test module."""

import unittest


class Top(unittest.TestCase):
    def test_top(self):
        print("test_dtop.Top.test_top")

    def test_beta_top(self):
        print("test_dtop.Top.test_beta_top")
