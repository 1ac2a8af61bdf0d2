# SyntaxError: two expressions next to each other (missing comma)
items = [1, 2 3]
