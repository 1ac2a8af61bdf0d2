# SyntaxError: cannot assign to a literal in a for target
for 1 in range(3):
    pass
