# try/finally and with blocks inside generators; explicit close before exhaustion
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"  close {self.name} ({et.__name__ if et else 'clean'})")
        return False
def read_lines(name, lines):
    with Resource(name):
        for line in lines:
            yield line
g = read_lines("full", ["a", "b"])
print(list(g))
g = read_lines("partial", ["x", "y", "z"])
print(next(g))
g.close()
print("after close")
def counting():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print(f"  counting finally, reached {n}")
c = counting()
for v in c:
    if v == 3:
        break
print("loop broken; generator still suspended")
c.close()
def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
nf = nested_finally()
print(next(nf))
nf.close()
def return_in_finally_gen():
    try:
        yield 1
    finally:
        print("  finally with pending GeneratorExit")
rf = return_in_finally_gen()
next(rf)
rf.close()
def exception_in_body():
    with Resource("err"):
        yield 1
        raise ValueError("inside generator body")
eb = exception_in_body()
print(next(eb))
try:
    next(eb)
except ValueError as e:
    print("caught", e)
def throw_into_with():
    with Resource("thrown"):
        yield 1
tw = throw_into_with()
next(tw)
try:
    tw.throw(KeyError("thrown in"))
except KeyError as e:
    print("caught", repr(e))
def state():
    print("  state: before first yield")
    yield 1
    print("  state: never reached after close")
st = state()
next(st)
st.close()
try:
    next(st)
except StopIteration:
    print("exhausted after close")
never_started = counting()
never_started.close()
print("closing an unstarted generator runs no finally")
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        return "ignored return value"
cr = close_returns()
next(cr)
print(cr.close())
