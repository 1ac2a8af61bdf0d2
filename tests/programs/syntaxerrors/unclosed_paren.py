# SyntaxError: an opening parenthesis that is never closed
values = [1, 2, 3]
print(sum(values)
print("done")
