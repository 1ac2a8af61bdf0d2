# SyntaxError: unterminated triple-quoted string
doc = """This docstring
never ends
print(doc)
