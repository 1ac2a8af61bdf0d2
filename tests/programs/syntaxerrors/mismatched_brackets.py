# SyntaxError: closing bracket does not match the opening one
items = [1, 2, 3)
print(items)
