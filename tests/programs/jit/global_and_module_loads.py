# Globals, builtins and module attributes read by compiled code with a
# guard on the dict's key layout: a global function rebound mid-loop, a
# builtin shadowed by a new global and unshadowed again, a module
# attribute replaced, a bound method stored in a module called through
# it (and rebound to another object's method), a global deleted (NameError
# raised from the loop), and the same source exec'd in two namespaces
# (two functions with the same text and different globals).
# jit: loops compiled >= 3
import math
import string as holder


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def rebinding(n):
    global double
    saved = double
    total = 0
    for i in range(n):
        total += double(i)
        if i == 700:
            double = triple
        if i == 1400:
            double = saved
    return total


def shadowing(n):
    g = globals()
    total = 0
    for i in range(n):
        total += len("abc")
        if i == 500:
            g["len"] = lambda s: 100
        if i == 1000:
            del g["len"]
    return total


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


holder.bump = Counter(0).bump
holder.scale = 2


def module_calls(n):
    total = 0
    for i in range(n):
        total += holder.bump() * holder.scale
        if i == 600:
            holder.bump = Counter(1000).bump
        if i == 900:
            holder.scale = 3.5
    return total


def module_functions(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i)
        if i == 800:
            math.sqrt = lambda x: -1.0
    return total


GONE = 5


def deleted(n):
    total = 0
    for i in range(n):
        total += GONE
        if i == 900:
            del globals()["GONE"]
    return total


print(rebinding(2000))
print(shadowing(1500))
print(module_calls(1200))
real_sqrt = math.sqrt
print(module_functions(1500))
math.sqrt = real_sqrt
try:
    deleted(2000)
except NameError as e:
    print("NameError:", e)

source = """
def scaled(n):
    total = 0
    for i in range(n):
        total += FACTOR * i
    return total
"""
first = {"FACTOR": 2}
second = {"FACTOR": 7}
exec(source, first)
exec(source, second)
print(first["scaled"](3000), second["scaled"](3000), first["scaled"](3000))

