# input() with empty stdin raises EOFError.
try:
    s = input()
    print("got", repr(s))
except EOFError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    s = input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(issubclass(EOFError, Exception), EOFError.__name__)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
