# SyntaxError: invalid character in identifier position
price = 10 € 2
