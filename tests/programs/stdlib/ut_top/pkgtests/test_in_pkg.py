"""Tests found by discover with top_level_dir: imported as pkgtests.test_in_pkg."""

import unittest

import toplib
from pkgtests import helper_mod


class InPackage(unittest.TestCase):
    def test_top_module_importable(self):
        self.assertEqual(toplib.VALUE, 42)

    def test_sibling_by_package(self):
        self.assertEqual(helper_mod.twice(4), 8)

    def test_module_name(self):
        self.assertEqual(__name__, "pkgtests.test_in_pkg")
