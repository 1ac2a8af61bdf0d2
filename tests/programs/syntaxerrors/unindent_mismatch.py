# IndentationError: unindent does not match any outer indentation level
def f():
    if True:
        return 1
  return 2
print(f())
