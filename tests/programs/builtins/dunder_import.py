"""__import__: top package vs fromlist, errors."""
import sys

m = __import__("os.path")
print(m.__name__, __import__("json") is sys.modules["json"])
print(__import__("os.path", fromlist=["join"]).join("a", "b"), __import__("collections", globals(), None, ("deque",), 0).__name__)
for bad in [lambda: __import__(5), lambda: __import__(""), lambda: __import__("x", level=-1), lambda: __import__("nope_zz"),
            lambda: __import__("a", None, None, (), 1), lambda: __import__("os.nope_qq")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
