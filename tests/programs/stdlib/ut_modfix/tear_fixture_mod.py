"""Helper for unittest_module_fixtures.py: a failing tearDownModule, module
cleanups and a module context."""

import unittest


class Resource:
    def __enter__(self):
        print("resource entered")
        return "res"

    def __exit__(self, *exc):
        print("resource exited")
        return False


def setUpModule():
    print("setUpModule tear")
    unittest.addModuleCleanup(print, "cleanup", 1, sep="-")
    print("entered", unittest.enterModuleContext(Resource()))


def tearDownModule():
    print("tearDownModule tear")
    raise RuntimeError("tearDownModule broke")


class Tear(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass Tear")

    def test_z(self):
        print("Tear.test_z")
