"""Helper for unittest_dotted_names.py: a test module inside a package."""

import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        print("dpkg.test_dx.Alpha.test_one")

    def test_two(self):
        print("dpkg.test_dx.Alpha.test_two")


class Beta(unittest.TestCase):
    def test_beta(self):
        print("dpkg.test_dx.Beta.test_beta")

    def test_fails(self):
        self.assertEqual(1, 2)
