# SyntaxError: cannot assign to a literal
x = 5
5 = x
