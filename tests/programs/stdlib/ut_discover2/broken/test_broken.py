"""Helper for unittest_discover2.py: a test module that fails to import."""
import unittest
import no_such_module_xyz


class Never(unittest.TestCase):
    def test_never(self):
        pass
