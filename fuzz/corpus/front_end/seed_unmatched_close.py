# SyntaxError: unmatched closing parenthesis
x = (1 + 2))
print(x)
