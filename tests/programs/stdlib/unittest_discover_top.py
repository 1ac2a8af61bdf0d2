"""unittest discover with a top-level directory: the start directory is a
package below it, and its test modules are imported by dotted name."""

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


top = os.path.join(os.path.dirname(__file__), "ut_top")
suite = unittest.TestLoader().discover(os.path.join(top, "pkgtests"), top_level_dir=top)
print(suite.countTestCases())
for test in sorted([t.id() for t in flatten(suite)]):
    print(test)


class Quiet:
    def write(self, text):
        pass

    def flush(self):
        pass


result = unittest.TextTestRunner(stream=Quiet()).run(suite)
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors))
try:
    unittest.TestLoader().discover(top, top_level_dir=os.path.join(top, "pkgtests"))
except ImportError as e:
    print("ImportError", str(e).split(":")[0])
