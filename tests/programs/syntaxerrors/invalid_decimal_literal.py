# SyntaxError: invalid decimal literal
value = 12abc
