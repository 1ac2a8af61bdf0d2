# SyntaxError: duplicate argument in function definition
def f(a, b, a):
    return a + b
