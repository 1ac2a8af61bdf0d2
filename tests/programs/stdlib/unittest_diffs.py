import difflib
import unittest


class Diffs(unittest.TestCase):
    maxDiff = None

    def check(self, first, second):
        try:
            self.assertEqual(first, second)
        except AssertionError as e:
            print(str(e))
            print("-" * 10)
        else:
            print("equal")

    def test_all(self):
        c = self.check
        c("a", "b")
        c("hello world", "hello wrld")
        c("one\ntwo\nthree\n", "one\n2\nthree\nfour\n")
        c("abcdefgh\nsame\n", "abcxefgh\nsame\n")
        c("x" * 100, "x" * 99 + "y")
        c([1, 2, 3], [1, 5, 3])
        c((1, 2), (1, 2, 3))
        c([1, 2, 3, 4], [1, 2])
        c({"a": 1, "b": 2}, {"b": 2, "a": 3})
        c({"k": [1, 2]}, {"k": [1, 2], "z": None})
        c(list(range(30)), list(range(1, 31)))
        c({"key%d" % i: i for i in range(8)}, {"key%d" % i: i * 2 for i in range(8)})
        c([("alpha", 1), ("beta", 2)], [("alpha", 1), ("gamma", 2)])
        c("  indented line\n", "\tindented line\n")


Diffs("test_all").test_all()


class Short(unittest.TestCase):
    def test_long_diff(self):
        try:
            self.assertEqual("\n".join(str(i) for i in range(300)), "\n".join(str(i) for i in range(1, 301)))
        except AssertionError as e:
            print(str(e)[-80:])


Short("test_long_diff").test_long_diff()

print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
sm = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(sm.get_matching_blocks(), sm.get_opcodes(), round(sm.ratio(), 4))
sm = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 3), sm.get_opcodes())
print(sm.find_longest_match(0, 29, 0, 38))
