"""unittest's module-level fixtures: setUpModule/tearDownModule run once
around the tests of their module (ordered with setUpClass/tearDownClass),
a failing or skipping setUpModule reports `setUpModule (module)` and skips
the module's tests, and addModuleCleanup/enterModuleContext/doModuleCleanups."""

import os
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


def run(*classes):
    stream = Capture()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    for line in "".join(stream.parts).split("\n"):
        if line.startswith("Ran "):
            line = line.split(" in ")[0] + " in <time>"
        print("|", line)
    print("errors", len(result.errors), "skipped", len(result.skipped), "run", result.testsRun)
    print("#" * 20)


# The fixtures of this (__main__) module.
def setUpModule():
    print("setUpModule __main__")


def tearDownModule():
    print("tearDownModule __main__")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass First")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass First")

    def test_a(self):
        print("First.test_a")

    def test_b(self):
        print("First.test_b")


class Second(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass Second")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass Second")

    def test_c(self):
        print("Second.test_c")


print("== one module, two classes")
run(First, Second)

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "ut_modfix"))
import bad_fixture_mod
import cleanup_fixture_mod
import skip_fixture_mod
import tear_fixture_mod

# A module whose setUpModule fails: its tests do not run, tearDownModule
# is not called, its module cleanups are.
print("== failing setUpModule, then another module")
run(bad_fixture_mod.BadA, First)

print("== skipping setUpModule")
run(skip_fixture_mod.Skipped, Second)

# tearDownModule fails; module cleanups run after it, in reverse order.
print("== failing tearDownModule")
run(tear_fixture_mod.Tear)

# A failing module cleanup is reported against tearDownModule.
print("== failing module cleanup")
run(cleanup_fixture_mod.WithCleanup, First)

# Interleaved modules: each change of module tears down the previous one.
print("== interleaved modules")
run(First, cleanup_fixture_mod.WithCleanup, Second)

# A setUpClass failure runs the class cleanups and reports them.


class ClassFail(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup")
        raise OSError("setUpClass broke")

    def test_v(self):
        print("ClassFail.test_v (must not run)")


print("== failing setUpClass")
run(ClassFail, Second)

print("== doModuleCleanups directly")
unittest.addModuleCleanup(print, "direct", "cleanup")
unittest.doModuleCleanups()
unittest.addModuleCleanup(cleanup_fixture_mod.failing_cleanup)
try:
    unittest.doModuleCleanups()
except KeyError as e:
    print("raised", repr(e))
