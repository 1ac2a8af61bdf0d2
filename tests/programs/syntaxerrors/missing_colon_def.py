# SyntaxError: missing colon after def
def greet(name)
    return "hi " + name
print(greet("x"))
