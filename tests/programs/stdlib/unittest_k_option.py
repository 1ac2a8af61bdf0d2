"""unittest's -k PATTERN (`unittest.main(argv=[..., "-k", P])`, `python -m
unittest -k P`): a pattern without `*` matches as a substring, one with
`*` as an fnmatch pattern (case-sensitive), against module.Class.method;
-k may be given several times; explicitly named methods are not filtered;
TestLoader.testNamePatterns; usage errors."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "ut_dotted"))


class Capture:
    """A stream collecting what the runner writes."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


class Widgets(unittest.TestCase):
    def test_wanted(self):
        pass

    def test_other(self):
        pass

    def test_Wanted_upper(self):
        pass

    def test_want3(self):
        pass


class Gadgets(unittest.TestCase):
    def test_wanted(self):
        pass

    def test_gadget(self):
        pass


def main(args, module="__main__", loader=None):
    print("== argv", args, "module", module)
    stream = Capture()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    if loader is None:
        loader = unittest.TestLoader()
    try:
        program = unittest.main(module=module, argv=["prog.py"] + args, exit=False,
                                testRunner=runner, testLoader=loader)
    except SystemExit as e:
        print("SystemExit", e.code)
        return
    for line in "".join(stream.parts).split("\n"):
        if line.startswith("Ran "):
            line = line.split(" in ")[0] + " in <time>"
        if line:
            print("|", line)
    print("patterns", loader.testNamePatterns)


main(["-k", "wanted"])
main(["-k", "Wanted"])
main(["-kwant"])
main(["-k", "want?"])
main(["-k", "*want[0-9]"])
main(["-k", "*Gadgets*", "-k", "other"])
main(["-k", "__main__.Widgets"])
main(["-k", "nothing matches"])
main(["-k", "*_wanted"])
main(["-k", "wanted", "Gadgets"])
main(["Gadgets.test_gadget", "-k", "wanted"])
main(["-v", "-k", "test_o", "Widgets", "Gadgets"])
main(["dpkg.test_dx", "-k", "two", "-k", "beta"], module=None)
main(["discover", "-s", os.path.join(os.path.dirname(os.path.abspath(__file__)), "ut_dotted"), "-k", "beta"], module=None)
# Without test names, `python -m unittest` discovers from the current folder.
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ut_dotted"))
main(["-k", "Top.test_b"], module=None)
main(["discover", "-k", "*one"], module=None)

print("== loader.testNamePatterns")
loader = unittest.TestLoader()
print(unittest.TestLoader.testNamePatterns)
loader.testNamePatterns = ["*.test_w*", "*upper"]
print(loader.getTestCaseNames(Widgets))
print(loader.getTestCaseNames(Gadgets))
print([t.id() for t in loader.loadTestsFromTestCase(Widgets)])
loader.testNamePatterns = []
print(loader.getTestCaseNames(Widgets))

print("== option spellings")
main(["-vkwanted"])
main(["--verb", "-k=other"])
main(["-qv", "--fail", "-kWant", "Widgets"])
main(["-k", "-1"])
main(["--", "Gadgets"])

print("== help")
main(["-h"])
main(["-v", "--help", "--bogus"], module=None)
main(["discover", "-k", "x", "-h"], module=None)

print("== usage errors")
main(["-vx"])
main(["--verbose=1"])
main(["-x", "--bad", "--k=wanted", "Widgets"])
main(["discover", "-vs"], module=None)
main(["-k"])
main(["Widgets", "--bogus"])
main(["discover", "-k"], module=None)
main(["discover", "a", "b", "c", "d"], module=None)
