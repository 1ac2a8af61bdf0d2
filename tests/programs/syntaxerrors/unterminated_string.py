# SyntaxError: unterminated single-quoted string
name = "piepie
print(name)
