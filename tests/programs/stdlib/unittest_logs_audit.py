"""unittest: assertLogs/assertNoLogs, enterContext, addClassCleanup."""
import logging
import unittest


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


log = []


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return False


class Logs(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup 1")
        cls.addClassCleanup(log.append, "class cleanup 2")

    def test_logs_root(self):
        with self.assertLogs() as cm:
            logging.info("hello %s", "there")
            logging.getLogger("x.y").warning("child")
        print("output", cm.output)
        print("records", [r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

    def test_logs_named_level(self):
        with self.assertLogs("app", level="WARNING") as cm:
            logging.getLogger("app").info("ignored")
            logging.getLogger("app.sub").error("kept")
        print("named", cm.output, logging.getLogger("app").level, logging.getLogger("app").propagate)

    def check_logs_missing(self):
        with self.assertLogs("quiet", level=logging.ERROR):
            logging.getLogger("quiet").warning("too low")

    def test_no_logs_ok(self):
        with self.assertNoLogs("silent") as cm:
            pass
        print("no logs value", cm)

    def check_no_logs_fail(self):
        with self.assertNoLogs("noisy"):
            logging.getLogger("noisy").warning("oops %d", 1)

    def check_logs_exception_passes_through(self):
        with self.assertLogs():
            raise KeyError("inner")

    def test_enter_context(self):
        value = self.enterContext(Ctx("a"))
        print("entered", value, log[-1])

    def check_enter_context_bad(self):
        self.enterContext(5)


stream = Capture()
suite = unittest.TestLoader().loadTestsFromTestCase(Logs)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in "".join(stream.parts).split("\n"):
    if line.startswith("Ran "):
        line = line.split(" in ")[0]
    if line.startswith("  File "):
        line = "  File <...>" + line.split(",", 1)[1]
    print(line)
print("log", log)
print(result.testsRun, len(result.failures), len(result.errors))
for name in ["check_logs_missing", "check_no_logs_fail", "check_logs_exception_passes_through", "check_enter_context_bad"]:
    try:
        getattr(Logs(name), name)()
        print(name, "no exception")
    except Exception as e:
        print(name, type(e).__name__, e)
