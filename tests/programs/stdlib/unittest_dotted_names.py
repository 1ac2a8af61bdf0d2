"""unittest's command line (`unittest.main(module=None, argv=...)`, what
`python -m unittest NAME...` runs) with dotted names: a test module inside
a package, a class or a method in it, several names, a .py path, names
that do not resolve, and `discover` with -s/-p/-t."""

import os
import sys
import unittest

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ut_dotted")
sys.path.insert(0, HERE)


class Capture:
    """A stream collecting what the runner writes."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def main(*args):
    print("== python -m unittest", " ".join(args))
    stream = Capture()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    try:
        program = unittest.main(module=None, argv=["prog"] + list(args), exit=False,
                                testRunner=runner, testLoader=unittest.TestLoader())
    except SystemExit as e:
        print("SystemExit", e.code)
        return
    for line in "".join(stream.parts).split("\n"):
        if line.startswith("Ran "):
            line = line.split(" in ")[0] + " in <time>"
        print("|", line)
    result = program.result
    print("run", result.testsRun, "ok", result.wasSuccessful())


main("dpkg.test_dx")
main("dpkg.test_dx.Alpha")
main("dpkg.test_dx.Alpha.test_two")
main("dpkg.test_dx.Beta.test_beta", "test_dtop.Top", "dpkg.test_dx.Alpha.test_one")
main("-v", "test_dtop")
main("dpkg")
main("dpkg.test_dx.Gamma")
main("dpkg.test_dx.Alpha.test_three")

os.chdir(HERE)
main(os.path.join("dpkg", "test_dx.py"))
main("test_dtop.py")
main("discover", "-s", "dpkg", "-t", ".")
main("discover", "-p", "test_d*.py")
main("discover", ".", "test_dt*.py")
