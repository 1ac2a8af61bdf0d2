"""`-k PATTERN` of `python -m unittest` (3.7+) is not understood by
piepie's unittest. From this folder:

    piepie -m unittest discover -s . -p "unittest_k_option.py" -k wanted
    piepie -m unittest unittest_k_option -k wanted

CPython 3.11 runs only test_wanted (Ran 1 test, OK). piepie takes `-k` for
the start directory (FileNotFoundError on '<cwd>/-k'; from another folder
"ImportError: Start directory is not importable: '-k'") or for a test name
(SyntaxError)."""

import unittest


class T(unittest.TestCase):
    def test_wanted(self):
        pass

    def test_other(self):
        self.fail("-k wanted should have filtered this test out")


if __name__ == "__main__":
    unittest.main()
