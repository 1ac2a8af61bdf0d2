# SyntaxError: missing colon after if condition
print("this line never runs")
x = 3
if x > 1
    print("big")
