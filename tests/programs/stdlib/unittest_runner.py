import sys
import unittest


class Capture:
    """A stream collecting what the runner writes."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def lines(self):
        out = []
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran "):
                line = line.split(" in ")[0] + " in <time>"
            out.append(line)
        return out


def show(stream):
    for line in stream.lines():
        print(line)
    print("#" * 20)


class Helper(Exception):
    pass


def helper_raises():
    raise Helper("from helper")


class Basic(unittest.TestCase):
    def test_equal(self):
        self.assertEqual(1 + 1, 2)
        self.assertNotEqual(1, 2)
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertEqual([1, 2], [1, 2])
        self.assertEqual({"a": 1}, {"a": 1})

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        helper_raises()

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaises(KeyError, lambda d: d["k"], {})
        ctx = self.assertRaises(ValueError, int, "x")
        self.assertIsNone(ctx)

    def test_raises_missing(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_missing_callable(self):
        def quiet():
            return 1

        self.assertRaises(TypeError, quiet)

    def test_msg(self):
        self.assertTrue(0, "zero is falsy")


class Messages(unittest.TestCase):
    def check(self, func, *args, **kwargs):
        try:
            func(*args, **kwargs)
        except AssertionError as e:
            print("  " + func.__name__ + ":", str(e).replace("\n", "|"))
        else:
            print("  " + func.__name__ + ": passed")

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, 1, 2, "custom")
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, 1)
        c(self.assertIs, 1, None)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 5, [1, 2])
        c(self.assertNotIn, 1, [1, 2])
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.25)
        c(self.assertNotAlmostEqual, 1.0, 1.0 + 1e-9)
        c(self.assertEqual, 10**30, 10**30 + 1)
        c(self.assertSetEqual, {1}, {2})
        c(self.assertCountEqual, [1, 2], [1, 3])
        c(self.fail, "boom")
        c(self.assertRaises(ValueError).__exit__, None, None, None)


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_one(self):
        self.log.append("one")

    def test_two(self):
        self.log.append("two")
        self.assertEqual(1, 0)


class Skips(unittest.TestCase):
    @unittest.skip("not today")
    def test_skipped(self):
        raise RuntimeError("should not run")

    @unittest.skipIf(True, "condition true")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_sub_msg(self):
        with self.subTest("labelled", n=1):
            raise KeyError("k")
        with self.subTest():
            self.fail("plain")


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("setup broke")

    def test_never(self):
        pass


class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e

    def test_docstring(self):
        """First line of the doc.

        More text."""
        self.assertEqual(1.5, 2)


def run(*classes, verbosity=1):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTests(loader.loadTestsFromTestCase(cls))
    stream = Capture()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    show(stream)
    return result


result = run(Basic)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print([str(t) for t, _ in result.failures])
print(repr(result.failures[0][0]), result.failures[0][0].id())
Messages("test_messages").run(unittest.TestResult())
result = run(Fixtures, verbosity=2)
print(Fixtures.log)
result = run(Skips, SkippedClass)
print(len(result.skipped), result.skipped[0][1], len(result.expectedFailures), len(result.unexpectedSuccesses))
result = run(Skips, SkippedClass, verbosity=2)
run(Sub)
run(Sub, verbosity=2)
run(BadSetUpClass, Basic)
run(Chained, verbosity=2)
run(Chained, verbosity=0)

print(unittest.TestLoader().getTestCaseNames(Basic))
suite = unittest.TestLoader().loadTestsFromTestCase(Skips)
print(suite.countTestCases())
try:
    Basic("no_such_test")
except ValueError as e:
    print("ValueError:", e)

stream = Capture()
prog = unittest.main(argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result.testsRun, prog.result.wasSuccessful())

stream = Capture()
try:
    unittest.main(argv=["prog", "Basic.test_equal"], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print("SystemExit", e.code)
show(stream)
stream = Capture()
try:
    unittest.main(argv=["prog", "Basic"], testRunner=unittest.TextTestRunner(stream=stream))
except SystemExit as e:
    print("SystemExit", e.code)
show(stream)
