# SyntaxError: an unparenthesized walrus at statement level
x := 10
