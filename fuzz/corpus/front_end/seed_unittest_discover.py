import os
import unittest


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


start = os.path.join(os.path.dirname(__file__), "ut_discover")
suite = unittest.TestLoader().discover(start)
print(suite.countTestCases())
stream = Capture()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in "".join(stream.parts).split("\n"):
    if line.startswith("Ran "):
        line = line.split(" in ")[0]
    if line.startswith("  File "):
        line = "  File " + line.split("/")[-1]
    print(line)
print(result.wasSuccessful(), len(result.failures))
