# SyntaxError: statement inside a lambda body
f = lambda x: return x
