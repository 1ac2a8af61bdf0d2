# assert statement
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    x = 5
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(type(e).__name__, e)
calls = []
def msg():
    calls.append("msg evaluated")
    return "m"
assert True, msg()
print("message not evaluated on success:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert (), 42
except AssertionError as e:
    print(repr(e), e.args)
def check(v):
    assert isinstance(v, int), "need int, got " + type(v).__name__
    return v * 2
for v in [3, "s", 2.0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
print(issubclass(AssertionError, Exception))
print(__debug__)
