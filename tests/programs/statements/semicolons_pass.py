# Semicolon-separated simple statements and pass
a = 1; b = 2; c = a + b; print(a, b, c)
x = 0; x += 1; x *= 5;
print(x)
if x: print("one"); print("two")
for i in range(3): print("i", i); print("sq", i * i)
while x > 3: x -= 1; print("x", x)
def f(): pass
print(f())
def g(): return 7; print("never")
print(g())
class Empty: pass
print(Empty.__name__)
class WithPass:
    pass
    attr = 1
    pass
print(WithPass.attr)
try: raise ValueError("v")
except ValueError as e: print("caught", e)
finally: print("finally")
def h(n):
    if n: pass
    else: return "else"
    return "after pass"
print(h(1), h(0))
for _ in range(2): pass
print(_)
import sys; print(type(sys).__name__)
with open(__file__) as fh: first = fh.readline(); print(first.strip())
del a; del b
print("a" in dir(), "b" in dir())
pass; pass; pass
print("done")
