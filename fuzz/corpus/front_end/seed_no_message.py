# Exceptions without a message print only the type name
def f():
    raise ValueError

print("calling f")
f()
