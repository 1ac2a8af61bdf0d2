# Raising the recursion limit allows 50,000-deep recursion
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50000))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(50000))))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(40000), is_odd(40001))
class Chain:
    def __init__(self, n):
        self.n = n
    def walk(self):
        return self.n if self.n == 0 else Chain(self.n - 1).walk() + 1
print(Chain(30000).walk())
def still_limited(n):
    return still_limited(n + 1)
try:
    still_limited(0)
except RecursionError as e:
    print(type(e).__name__)
