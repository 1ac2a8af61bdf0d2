"""Helper for unittest_discover2.py: tests inside a package."""
import unittest


class InPkg(unittest.TestCase):
    def test_pkg(self):
        self.assertTrue(True)

    @unittest.skip("pkg skip")
    def test_skipped(self):
        pass
