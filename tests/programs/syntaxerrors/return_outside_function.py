# SyntaxError: 'return' outside function
print("module code")
return 5
