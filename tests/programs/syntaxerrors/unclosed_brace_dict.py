# SyntaxError: a dict display whose brace is never closed
config = {"a": 1, "b": 2
print(config)
