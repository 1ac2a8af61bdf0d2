"""Helper for unittest_module_fixtures.py: a failing module cleanup."""

import unittest


def failing_cleanup():
    print("failing cleanup")
    raise KeyError("cleanup")


def setUpModule():
    unittest.addModuleCleanup(failing_cleanup)
    unittest.addModuleCleanup(print, "second cleanup runs first")


class WithCleanup(unittest.TestCase):
    def test_w(self):
        print("WithCleanup.test_w")
