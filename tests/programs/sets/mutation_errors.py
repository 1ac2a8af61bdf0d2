# Changing a set during iteration; KeyError and TypeError messages.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(s))
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
for key in [5, "k", (1, 2), None, 2.5, frozenset([1])]:
    try:
        set().remove(key)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    set([1]).update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < 5
except TypeError as e:
    print(type(e).__name__, e)
