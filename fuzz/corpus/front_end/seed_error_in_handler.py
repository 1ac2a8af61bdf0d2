# An exception raised inside an except block while handling another one
def risky():
    return {}["missing"]

try:
    risky()
except KeyError as e:
    print("handling", repr(e))
    undefined_function(e)
