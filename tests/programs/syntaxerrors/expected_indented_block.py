# IndentationError: expected an indented block after an if statement
def check(v):
    if v:
    return "yes"
print(check(1))
