# SyntaxError: empty expression in an f-string
x = 1
print(f"value: {}")
