# all and any, incl. short-circuiting and generators.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all("abc"), any(""), all([[]]), any([[]]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all({}), any({0: 1}), any({1: 0}))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 5, 0, 7]), calls)
calls.clear()
print(all(check(v) for v in [1, 2, 0, 3]), calls)
print(any([None, "", 0.0, 0, (), "x"]), all([1, "a", [0], (None,)]))
it = iter([0, 1, 2, 3])
print(any(it), list(it))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
class Weird:
    def __bool__(self):
        return False
print(any([Weird()]), all([Weird()]), any([Weird(), 1]))
