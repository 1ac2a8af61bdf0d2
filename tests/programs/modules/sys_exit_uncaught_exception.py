# An uncaught exception after output: exit code 1 and a traceback.
import sys
def divide(a, b):
    return a / b
print("start")
sys.stdout.write("partial line ")
print(divide(1, 0))
