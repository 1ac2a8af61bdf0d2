"""Helper for unittest_module_fixtures.py: a failing setUpModule."""

import unittest


def setUpModule():
    print("setUpModule bad")
    unittest.addModuleCleanup(print, "module cleanup after failed setUp")
    raise ValueError("setUpModule broke")


def tearDownModule():
    print("tearDownModule bad (must not run)")


class BadA(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass BadA (must not run)")

    def test_x(self):
        print("BadA.test_x (must not run)")
