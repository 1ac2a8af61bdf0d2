"""A test module inside a package: `piepie -m unittest pkg.test_x` (run from
findings/unittest_dotted_name) fails with
"AttributeError: module 'pkg' has no attribute 'test_x'"; CPython 3.11 runs the
test (OK). `piepie -m unittest test_y`-style top-level names and discover work."""

import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass
