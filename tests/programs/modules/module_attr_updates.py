"""Attribute loads from a module see every change to the module's dict:
rebinding, deletion, re-adding, and names shadowed later (exercises the
per-instruction caches of module attribute and global loads)."""
import sys
import string

me = sys.modules[__name__]
x = 1


def read_x():
    return me.x


def read_global():
    return x


def call_helper(i):
    return string.capwords("ab cd") + str(i)


results = []
for i in range(6):
    results.append((read_x(), read_global()))
    if i == 1:
        me.x = 10
    if i == 2:
        del me.x
        try:
            read_x()
        except AttributeError as e:
            results.append(("AttributeError", str(e)))
        me.x = 20
    if i == 3:
        globals()["x"] = 30
    if i == 4:
        for k in range(40):
            setattr(me, "filler%d" % k, k)
print(results)

out = []
for i in range(4):
    out.append(call_helper(i))
    if i == 1:
        string.capwords = lambda s: s.upper()
print(out)


def uses_len(v):
    return len(v)


vals = []
for i in range(4):
    vals.append(uses_len("abc"))
    if i == 1:
        len = lambda v: 99
    if i == 2:
        del len
print(vals)
