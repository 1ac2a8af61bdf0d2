# BaseException.add_note: __notes__, and notes printed after an uncaught exception's message.
e = ValueError("x")
e.add_note("n1")
e.add_note("line a\nline b")
print(e.__notes__, "add_note" in dir(e))
try:
    e.add_note(5)
except TypeError as t:
    print(t)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while computing f")
        raise
try:
    f()
except ZeroDivisionError as z:
    print(z.__notes__)
k = KeyError("k")
k.__notes__ = ("a", 5)
try:
    raise k
finally:
    print("raising")
