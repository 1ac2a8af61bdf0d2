"""Adversarial unittest checks: assert failure messages, skips, expected failures, subTest, fixtures, runner output."""
import unittest


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def run(*classes, verbosity=2, failfast=False):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    stream = Capture()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, failfast=failfast).run(suite)
    for line in "".join(stream.parts).split("\n"):
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        if line.startswith("  File "):
            line = "  File <...>" + line.split(",", 1)[1]
        print(line)
    print("result:", result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    print("=" * 30)


class Messages(unittest.TestCase):
    def check(self, f):
        try:
            f()
            print("no failure")
        except self.failureException as e:
            print("|" + str(e).replace("\n", "\n|"))

    def test_messages(self):
        c = self.check
        c(lambda: self.assertEqual(1, 2))
        c(lambda: self.assertEqual(1, 2, "custom"))
        c(lambda: self.assertEqual("a\nb\nc\n", "a\nB\nc\n"))
        c(lambda: self.assertEqual("abc", "abd"))
        c(lambda: self.assertEqual([1, 2, 3], [1, 2, 4]))
        c(lambda: self.assertEqual([1, 2], [1, 2, 3]))
        c(lambda: self.assertEqual((1, 2), (1, 3)))
        c(lambda: self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}))
        c(lambda: self.assertEqual({1, 2}, {2, 3}))
        c(lambda: self.assertListEqual([1], (1,)))
        c(lambda: self.assertDictEqual({}, {"x": [1]}))
        c(lambda: self.assertTupleEqual((1,), (2,)))
        c(lambda: self.assertSetEqual({1}, set()))
        c(lambda: self.assertMultiLineEqual("x\ny", "x\nz"))
        c(lambda: self.assertSequenceEqual("ab", "ac"))
        c(lambda: self.assertNotEqual(1, 1))
        c(lambda: self.assertTrue(0))
        c(lambda: self.assertFalse([1]))
        c(lambda: self.assertIs(1, None))
        c(lambda: self.assertIsNot(None, None))
        c(lambda: self.assertIsNone(5))
        c(lambda: self.assertIsNotNone(None))
        c(lambda: self.assertIn(5, [1, 2]))
        c(lambda: self.assertNotIn(1, [1, 2]))
        c(lambda: self.assertIsInstance(1, str))
        c(lambda: self.assertNotIsInstance(1, int))
        c(lambda: self.assertAlmostEqual(1.0, 1.1))
        c(lambda: self.assertAlmostEqual(1.0, 1.1, places=0))
        c(lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1))
        c(lambda: self.assertNotAlmostEqual(1.0, 1.0000000001))
        c(lambda: self.assertGreater(1, 2))
        c(lambda: self.assertGreaterEqual(1, 2))
        c(lambda: self.assertLess(2, 1))
        c(lambda: self.assertLessEqual(2, 1))
        c(lambda: self.assertRegex("abc", r"\d"))
        c(lambda: self.assertNotRegex("a1c", r"\d"))
        c(lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]))
        c(lambda: self.fail("boom"))
        c(lambda: self.fail())
        c(lambda: self.assertEqual(1, 2, msg="m"))
        self.longMessage = False
        c(lambda: self.assertEqual(1, 2, "only custom"))
        self.longMessage = True
        self.maxDiff = None
        c(lambda: self.assertEqual(list(range(30)), list(range(1, 31))))
        self.maxDiff = 20
        c(lambda: self.assertEqual(list(range(30)), list(range(1, 31))))

    def test_raises(self):
        c = self.check
        c(lambda: self.assertRaises(ValueError, int, "5"))
        c(lambda: self.assertRaises((ValueError, TypeError), int, "5"))
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        print("cm", type(cm.exception).__name__, cm.exception.args)
        with self.assertRaisesRegex(ValueError, "inv.lid") as cm:
            int("x")
        print("cm2", cm.exception)

        def no_raise():
            with self.assertRaises(ZeroDivisionError):
                pass
        c(no_raise)

        def wrong_regex():
            with self.assertRaisesRegex(ValueError, "^nomatch$"):
                raise ValueError("text")
        c(wrong_regex)

        def with_msg():
            with self.assertRaises(ValueError, msg="extra"):
                pass
        c(with_msg)
        try:
            with self.assertRaises(ValueError):
                raise TypeError("other")
        except TypeError as e:
            print("propagated", e)
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        print("raises returns", self.assertRaises(ValueError, int, "z"))


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")
        print("log", cls.log)

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown")

    def test_a(self):
        self.log.append("a")

    def test_b_fails(self):
        self.assertEqual("x", "y")

    def test_c_error(self):
        raise RuntimeError("oops")

    @unittest.skip("no reason")
    def test_d_skip(self):
        pass

    @unittest.skipIf(True, "cond")
    def test_e_skipif(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_f_skipunless(self):
        pass

    @unittest.expectedFailure
    def test_g_xfail(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_h_xpass(self):
        pass

    def test_i_skiptest(self):
        self.skipTest("inside")

    def test_j_subtest(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_k_subtest_msg(self):
        with self.subTest("named"):
            raise KeyError("sub")

    def test_l_doc(self):
        """First doc line.

        More.
        """
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class SetupFails(unittest.TestCase):
    def setUp(self):
        raise ValueError("setup broke")

    def test_never(self):
        print("not reached")


class Ordering(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_10(self):
        pass

    def test_9(self):
        pass

    def helper(self):
        pass


run(Messages)
run(Fixtures)
run(Skipped, SetupFails, Ordering, verbosity=1)
run(Fixtures, verbosity=0, failfast=True)
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Ordering))
print(loader.loadTestsFromTestCase(Ordering).countTestCases())
tc = Ordering("test_a")
print(tc.id().split(".")[-2:], str(tc).split(" ")[0], repr(tc).split(" ")[0], tc.shortDescription())
print(Fixtures("test_l_doc").shortDescription())
try:
    Ordering("nope")
except ValueError as e:
    print("ValueError", str(e).replace("__main__.", ""))
print(unittest.TestResult().wasSuccessful())
