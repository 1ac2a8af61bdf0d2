# SyntaxError: list display never closed before end of file
data = [
    1,
    2,
