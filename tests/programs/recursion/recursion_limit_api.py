# sys.getrecursionlimit / setrecursionlimit
import sys
original = sys.getrecursionlimit()
print(original)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1800))
sys.setrecursionlimit(original)
print(sys.getrecursionlimit())
try:
    depth(1800)
except RecursionError as e:
    print(type(e).__name__)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
