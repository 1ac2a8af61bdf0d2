# generator.send, close, throw
def echo():
    print("  started")
    received = None
    while True:
        try:
            received = yield f"echo: {received}"
        except ValueError as e:
            print("  caught thrown", e)
            received = "after throw"
        finally:
            pass
g = echo()
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("boom")))
print(g.send("again"))
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
def fresh():
    yield 1
f = fresh()
try:
    f.send("not None")
except TypeError as e:
    print(type(e).__name__, e)
print(f.send(None))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")
c = cleanup()
print(next(c))
c.close()
print("closed")
c.close()
print("close twice is fine")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
ie = ignores_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(ie)
except StopIteration:
    print("refusing generator finished")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
ce = catches_exit()
next(ce)
ce.close()
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
try:
    next(u)
except StopIteration:
    print("generator is finished after unhandled throw")
def not_started():
    yield 1
ns = not_started()
try:
    ns.throw(IndexError("before start"))
except IndexError as e:
    print("throw before start:", e)
def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 60]])
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled and returned"
rt = returns_on_throw()
next(rt)
try:
    rt.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def delegate():
    r = yield from echo()
sub = delegate()
print(next(sub), sub.send("via delegate"), sub.throw(ValueError("delegated throw")))
sub.close()
print("done")
