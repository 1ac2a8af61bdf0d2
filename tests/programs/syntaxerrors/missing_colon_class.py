# SyntaxError: missing colon after class header
class Point
    x = 0
