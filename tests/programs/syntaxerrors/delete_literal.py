# SyntaxError: cannot delete a literal
del 42
