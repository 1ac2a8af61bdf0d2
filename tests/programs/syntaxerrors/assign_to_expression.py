# SyntaxError: cannot assign to an operator expression
a = 1
b = 2
a + b = 3
