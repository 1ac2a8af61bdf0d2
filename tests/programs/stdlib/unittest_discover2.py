"""unittest discovery: packages, subpackages, folders without __init__, import failures, patterns."""
import os
import unittest


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


start = os.path.join(os.path.dirname(__file__), "ut_discover2")
loader = unittest.TestLoader()
suite = loader.discover(start)
print(suite.countTestCases())
print(sorted(ids(suite)))
stream = Capture()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in "".join(stream.parts).split("\n"):
    if line.startswith("Ran "):
        line = line.split(" in ")[0]
    if line.startswith("  File "):
        line = "  File " + line.split("/")[-1]
    print(line)
print(result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped), result.testsRun)
other = loader.discover(start, pattern="check_*.py")
print("pattern", sorted(ids(other)))
top = loader.discover(start, pattern="test_top.py")
print("single", sorted(ids(top)))
print("names", sorted(ids(loader.loadTestsFromNames(["test_top.Top.test_one", "pkg.inner.test_deep"]))))
mod = __import__("test_top")
print("loadTestsFromModule", sorted(ids(loader.loadTestsFromModule(mod))))
print("loadTestsFromName", sorted(ids(loader.loadTestsFromName("test_top.Top"))))
print("loadTestsFromName method", sorted(ids(loader.loadTestsFromName("test_top.Top.test_two"))))
bad = loader.loadTestsFromName("test_top.Nope")
print("missing attr", sorted(ids(bad)), len(loader.errors), loader.errors[-1].splitlines()[0])
bad2 = loader.loadTestsFromName("no_such_mod_abc.X")
print("missing module", sorted(ids(bad2)), loader.errors[-1].splitlines()[0])
bl = unittest.TestLoader()
broken = bl.discover(os.path.join(start, "broken"))
print("broken", sorted(ids(broken)), len(bl.errors))
r = unittest.TestResult()
broken.run(r)
print("broken run", r.testsRun, len(r.errors), r.errors[0][1].splitlines()[0] if False else "", r.errors[0][1].splitlines()[-1])
