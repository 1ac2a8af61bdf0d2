"""piepie's unittest does not call setUpModule/tearDownModule (CPython 3.11
does). Run: piepie findings/unittest_module_fixtures.py
CPython prints "setUpModule", "test", "tearDownModule" (then the runner's
report on stderr); piepie prints only "test"."""

import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class T(unittest.TestCase):
    def test_it(self):
        print("test")


if __name__ == "__main__":
    unittest.main()
