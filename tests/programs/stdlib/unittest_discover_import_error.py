"""unittest discover turns a test module that fails to import into one
failing test (unittest.loader._FailedTest) and keeps the other tests."""

import os
import unittest


def flatten(suite):
    out = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


class Quiet:
    def write(self, text):
        pass

    def flush(self):
        pass


start = os.path.join(os.path.dirname(__file__), "ut_discover")
loader = unittest.TestLoader()
suite = loader.discover(start, "*.py")
print(suite.countTestCases())
for test in sorted([t.id() for t in flatten(suite)]):
    print(test)
print(len(loader.errors), loader.errors[0].splitlines()[0])
print(loader.errors[0].splitlines()[-1])
result = unittest.TextTestRunner(stream=Quiet()).run(suite)
print(result.wasSuccessful(), result.testsRun, len(result.errors), len(result.failures))
error_test, text = result.errors[0]
print(error_test.id())
lines = text.splitlines()
print(lines[0])
print(lines[-1])
