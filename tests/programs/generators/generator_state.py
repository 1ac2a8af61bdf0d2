# Generator locals persist between yields; generator object attributes
def stateful():
    history = []
    for i in range(3):
        history.append(i)
        yield list(history)
    yield "final " + str(history)
print(list(stateful()))
def gen_closure(mult):
    def inner():
        for i in range(3):
            yield i * mult
    return inner()
print(list(gen_closure(10)))
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), sum(t), 5 in t)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd))
def gen_with_try():
    try:
        yield 1
        yield 2
    except Exception as e:
        yield "caught " + type(e).__name__
    finally:
        print("  finally")
print(list(gen_with_try()))
def gen_name():
    yield 1
g = gen_name()
print(g.__name__, g.__qualname__, type(g).__name__)
class Holder:
    def method_gen(self):
        yield self
h = Holder()
mg = h.method_gen()
print(mg.__qualname__, next(mg) is h)
def modifies_global():
    global state
    for i in range(3):
        state = i
        yield i
state = None
mg2 = modifies_global()
print(state, next(mg2), state, next(mg2), state)
def reentrant():
    yield next(gg)
gg = reentrant()
try:
    next(gg)
except ValueError as e:
    print(type(e).__name__, e)
def lazy_args(x):
    print("  generator body starts with", x)
    yield x
lz = lazy_args("arg")
print("generator created, body not started")
print(next(lz))
gens = [(lambda i=i: (j * i for j in range(3)))() for i in range(3)]
print([list(g) for g in gens])
