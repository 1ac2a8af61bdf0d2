# RecursionError when exceeding the limit, caught and survived
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
try:
    infinite(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("still works after overflow:", depth(500))
def count_until_error():
    calls = [0]
    def rec():
        calls[0] += 1
        rec()
    try:
        rec()
    except RecursionError:
        return calls[0] > 500
print("recursed hundreds of times before error:", count_until_error())
class Loop:
    def __getattr__(self, name):
        return getattr(self, "x_" + name)
try:
    Loop().anything
except RecursionError as e:
    print("__getattr__ loop:", type(e).__name__)
class BadRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(BadRepr())
except RecursionError as e:
    print("__repr__ loop:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion:", type(e).__name__)
def with_finally(n, log):
    try:
        return with_finally(n + 1, log)
    finally:
        log[0] += 1
log = [0]
try:
    with_finally(0, log)
except RecursionError as e:
    print("finally blocks ran during unwinding:", log[0] > 500, type(e).__name__)
for i in range(3):
    try:
        infinite(0)
    except RecursionError:
        print("round", i, "ok")
print(sys.getrecursionlimit())
