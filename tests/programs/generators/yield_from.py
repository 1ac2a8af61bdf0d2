# yield from with return values and delegation
def inner():
    print("  inner start")
    yield 1
    yield 2
    print("  inner end")
    return "inner result"
def outer():
    print("  outer start")
    result = yield from inner()
    print("  got from inner:", result)
    yield 3
    return "outer result"
print(list(outer()))
g = outer()
for v in g:
    print("value", v)
def collect():
    r = yield from outer()
    print("  collect got", r)
print(list(collect()))
def from_iterables():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
    r = yield from []
    print("  yield from list returns", r)
print(list(from_iterables()))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(list(tree(t)))
def flatten(lst):
    for item in lst:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def grouper(results, key):
    while True:
        results[key] = yield from accumulate()
results = {}
for key in ["x", "y"]:
    gr = grouper(results, key)
    next(gr)
    for v in range(1, 5):
        gr.send(v)
    gr.send(None)
print(results)
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], (x * 2 for x in range(3)))))
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield f"level {n} got {r}"
    return r + 1
print(list(deep(3)))
def ret_only():
    return 42
    yield
def wrapper():
    v = yield from ret_only()
    yield v
print(list(wrapper()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
