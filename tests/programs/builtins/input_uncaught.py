# An uncaught EOFError from input() gives a traceback and exit code 1.
print("before")
def ask():
    return input("name? ")
name = ask()
print("never", name)
